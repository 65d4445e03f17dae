/** Step 5: the assistant's contact for the cover, the preview, printing and the PDF (its engine starts loading when this step opens, see pdf-engine.ts). */
import { useState, type Dispatch } from 'react';
import type { AssistantField, CatalogueAction } from '../../lib/catalogue/actions.ts';
import type { Catalogue } from '../../lib/catalogue/model.ts';
import type { CataloguePdfData } from '../../lib/catalogue/selectors.ts';
import { loadPdfEngine } from './pdf-engine.ts';
import { Preview } from './Preview.tsx';
import { downloadBlob } from '../shared/download.ts';

const ASSISTANT_FIELDS: [AssistantField, string, string][] = [
  ['name', 'Imię i nazwisko asystenta rodziny', 'text'],
  ['institution', 'Instytucja (na przykład ośrodek pomocy społecznej)', 'text'],
  ['phone', 'Telefon', 'tel'],
  ['email', 'E-mail', 'email'],
];

interface Props {
  state: Catalogue;
  dispatch: Dispatch<CatalogueAction>;
  data: CataloguePdfData;
  largePrint: boolean;
  setLargePrint: (v: boolean) => void;
  fileBase: string;
  announce: (message: string) => void;
}

export function StepFinish({ state, dispatch, data, largePrint, setLargePrint, fileBase, announce }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const makePdf = async () => {
    setBusy(true);
    setError('');
    announce('Przygotowuję plik PDF…');
    try {
      const start = performance.now();
      const { renderPdfBlob } = await loadPdfEngine();
      const loaded = performance.now();
      const blob = await renderPdfBlob(data);
      // Figures for the benchmark (scripts/bench/catalogue.ts): loading the engine, then rendering.
      performance.measure('katalog-pdf-load', { start, end: loaded });
      performance.measure('katalog-pdf-render', { start: loaded });
      downloadBlob(blob, `${fileBase}${largePrint ? '-duzy-druk' : ''}.pdf`);
      announce('Plik PDF jest gotowy i został pobrany.');
    } catch {
      setError('Nie udało się przygotować pliku PDF. Spróbuj ponownie albo wydrukuj katalog przyciskiem „Drukuj”.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <fieldset>
        <legend>Kontakt do asystenta rodziny (na pierwszą stronę)</legend>
        {ASSISTANT_FIELDS.map(([field, label, type]) => (
          <div className="field" key={field}>
            <label htmlFor={`kat-assistant-${field}`}>{label}</label>
            <input
              id={`kat-assistant-${field}`}
              type={type}
              value={state.assistant[field]}
              onChange={(e) => dispatch({ type: 'assistantTyped', field, value: e.target.value })}
            />
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label>
          <input type="checkbox" checked={largePrint} onChange={(e) => setLargePrint(e.target.checked)} /> Duży druk
        </label>
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.print()}>
          Drukuj
        </button>
        <button type="button" className="button" onClick={makePdf} disabled={busy} aria-describedby="kat-pdf-hint">
          {busy ? 'Przygotowuję PDF…' : 'Pobierz PDF'}
        </button>
      </div>
      <p className="hint" id="kat-pdf-hint">
        PDF (plik do wydruku i przesłania) powstaje na tym urządzeniu; nic nie jest wysyłane do internetu.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <h3>Podgląd</h3>
      <Preview data={data} />
    </>
  );
}
