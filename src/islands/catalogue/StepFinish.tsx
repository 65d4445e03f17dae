/** Step 5: the assistant's contact for the cover, the catalogue's language, the preview, printing and the PDF (its engine starts loading when this step opens, see pdf-engine.ts). */
import { useEffect, useId, useState, type Dispatch } from 'react';
import type { AssistantField, CatalogueAction } from '../../lib/catalogue/actions.ts';
import type { Catalogue } from '../../lib/catalogue/model.ts';
import type { CataloguePdfData } from '../../lib/catalogue/selectors.ts';
import type { PdfTranslator } from '../../lib/catalogue/words.ts';
import { makeAhead, pdfFor } from './pdf-ahead.ts';
import { Preview } from './Preview.tsx';
import { useBuilderWords, type PdfChoice } from './words.ts';
import { downloadBlob } from '../shared/download.ts';

const ASSISTANT_FIELDS = [
  ['name', 'finish.assistantName', 'text'],
  ['institution', 'finish.assistantInstitution', 'text'],
  ['phone', 'finish.assistantPhone', 'tel'],
  ['email', 'finish.assistantEmail', 'email'],
] as const satisfies readonly (readonly [AssistantField, string, string])[];

interface Props {
  state: Catalogue;
  dispatch: Dispatch<CatalogueAction>;
  data: CataloguePdfData;
  /** The printed catalogue's words (the chosen language or languages) and its main language. */
  pdfTr: PdfTranslator;
  pdfLang: string;
  /** The languages offered for the catalogue (none: the page's only). */
  pdfChoices: readonly PdfChoice[];
  pdfChoice: PdfChoice;
  setPdfChoice: (choice: PdfChoice) => void;
  pageLang: string;
  largePrint: boolean;
  setLargePrint: (v: boolean) => void;
  fileBase: string;
  announce: (message: string) => void;
}

export function StepFinish(props: Props) {
  const { state, dispatch, data, pdfTr, pdfLang, pdfChoices, pdfChoice, setPdfChoice, pageLang, largePrint, setLargePrint, fileBase, announce } = props;
  const { t } = useBuilderWords();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const choiceName = useId();
  // The PDF of what the preview shows is made in the background once it stands still (pdf-ahead.ts).
  useEffect(() => makeAhead(data, pdfTr), [data, pdfTr]);

  const makePdf = async () => {
    setBusy(true);
    setError('');
    announce(t('finish.pdfPreparing'));
    try {
      const start = performance.now();
      const blob = await pdfFor(data, pdfTr);
      // For the benchmark (scripts/bench/catalogue.ts): from the click to the finished PDF (made ahead, or rendered now).
      performance.measure('katalog-pdf-render', { start });
      const suffix = pdfChoice === 'page' || pdfChoices.length === 0 ? '' : pdfChoice === 'pl' ? '-pl' : `-${pageLang}-pl`;
      downloadBlob(blob, `${fileBase}${suffix}${largePrint ? '-duzy-druk' : ''}.pdf`);
      announce(t('finish.pdfReady'));
    } catch {
      setError(t('finish.pdfFailed'));
    } finally {
      setBusy(false);
    }
  };

  const languageName = (choice: PdfChoice) =>
    choice === 'pl'
      ? t('finish.lang.pl')
      : choice === 'page'
        ? t(`finish.lang.${pageLang as 'uk' | 'en'}`)
        : t('finish.lang.bilingual', { first: t(`finish.lang.${pageLang as 'uk' | 'en'}`), second: t('finish.lang.pl') });

  return (
    <>
      <fieldset>
        <legend>{t('finish.assistant')}</legend>
        {ASSISTANT_FIELDS.map(([field, label, type]) => (
          <div className="field" key={field}>
            <label htmlFor={`kat-assistant-${field}`}>{t(label)}</label>
            <input
              id={`kat-assistant-${field}`}
              type={type}
              value={state.assistant[field]}
              onChange={(e) => dispatch({ type: 'assistantTyped', field, value: e.target.value })}
            />
          </div>
        ))}
      </fieldset>
      {pdfChoices.length > 1 && (
        <fieldset>
          <legend>{t('finish.pdfLanguage')}</legend>
          <ul className="checks">
            {pdfChoices.map((choice) => (
              <li key={choice}>
                <label>
                  <input type="radio" name={choiceName} value={choice} checked={pdfChoice === choice} onChange={() => setPdfChoice(choice)} />{' '}
                  {languageName(choice)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="field">
        <label>
          <input type="checkbox" checked={largePrint} onChange={(e) => setLargePrint(e.target.checked)} /> {t('finish.largePrint')}
        </label>
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('finish.print')}
        </button>
        <button type="button" className="button" onClick={makePdf} disabled={busy} aria-describedby="kat-pdf-hint">
          {busy ? t('finish.pdfBusy') : t('finish.pdf')}
        </button>
      </div>
      <p className="hint" id="kat-pdf-hint">
        {t('finish.pdfHint')}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <h3>{t('finish.preview')}</h3>
      <Preview data={data} tr={pdfTr} lang={pdfLang} />
    </>
  );
}
