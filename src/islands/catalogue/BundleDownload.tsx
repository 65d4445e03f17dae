/**
 * "Pobierz wszystkie jako pliki wpisów": the entries the assistant added or filled in, as entry files in one
 * .zip, for the directory's maintainers. Asks only what an entry file needs and the catalogue does not hold
 * (where the data come from; what an own entry helps with). This panel loads when there is something to
 * hand over (StepServices.tsx); the zip and the checks load on the click.
 */
import { useRef, useState } from 'react';
import { bundleItems, chosenName, isOwn } from '../../lib/catalogue/added.ts';
import type { Catalogue } from '../../lib/catalogue/model.ts';
import type { Term } from '../../lib/catalogue/selectors.ts';
import { count } from '../../i18n/index.ts';
import { site } from '../../site.config.ts';
import { downloadBlob } from '../shared/download.ts';

export const BUNDLE_NAME = 'wpisy-do-katalogu.zip';

interface Props {
  state: Catalogue;
  needs: readonly Term[];
  announce: (message: string) => void;
}

export function BundleDownload({ state, needs, announce }: Props) {
  const items = bundleItems(state.chosen);
  const [source, setSource] = useState('');
  const [helps, setHelps] = useState<Record<string, string[]>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const errorBox = useRef<HTMLDivElement>(null);
  if (items.length === 0 || !state.gmina) return null;
  const gminaCode = state.gmina.code;
  const own = items.filter(isOwn);

  const download = async () => {
    const missing = [
      ...(source.trim() ? [] : ['Wpisz, skąd pochodzą dane placówek, np. „Rozmowa telefoniczna z placówką” albo „Strona internetowa parafii”.']),
      ...own.filter((c) => !(helps[c.entryId] ?? []).length).map((c) => `Zaznacz, w jakich sprawach pomaga: ${chosenName(c)}.`),
    ];
    setDone('');
    setErrors(missing);
    if (missing.length) return requestAnimationFrame(() => errorBox.current?.focus());
    setBusy(true);
    try {
      const { makeBundle } = await import('./bundle-zip.ts');
      const today = new Date().toISOString().slice(0, 10);
      const bundle = await makeBundle(items, gminaCode, { source, needs: helps }, today);
      if (bundle.problems.length) {
        setErrors(bundle.problems.map((p) => `${p.name}: ${p.messages.join(' ')} Popraw dane tej pozycji („Zmień dane” albo „Uzupełnij dane”).`));
        return requestAnimationFrame(() => errorBox.current?.focus());
      }
      downloadBlob(new Blob([bundle.zip as BlobPart], { type: 'application/zip' }), BUNDLE_NAME);
      const message = `Pobrano archiwum ${BUNDLE_NAME}: ${count(bundle.files.length, 'entryFile')}.`;
      setDone(message);
      announce(message);
    } catch {
      setErrors(['Nie udało się przygotować plików. Sprawdź połączenie z internetem i spróbuj ponownie.']);
      requestAnimationFrame(() => errorBox.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="bundle-download" aria-labelledby="kat-bundle-heading">
      <h3 id="kat-bundle-heading">Pobierz wszystkie jako pliki wpisów</h3>
      <p>
        Możesz przekazać do katalogu placówek naraz wszystko, co dodałeś lub uzupełniłeś ({count(items.length, 'chosenItem')}). Dostaniesz jedno archiwum ZIP, a
        w nim osobny plik wpisu dla każdej placówki, taki sam, jaki przygotowuje formularz „Dodaj lub popraw placówkę”. W plikach są tylko dane placówek: nazwa,
        rodzaj, adres, telefony, e-mail, strona, godziny i to, co oferują. Nie ma w nich nic o rodzinie.
      </p>
      <p>
        {site.contactEmail ? (
          <>
            Archiwum wyślij e-mailem zespołowi prowadzącemu katalog na adres <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a> (jako załącznik)
            albo dodaj pliki w serwisie GitHub.
          </>
        ) : (
          <>Archiwum przekaż zespołowi prowadzącemu katalog: dodaj pliki w serwisie GitHub albo wyślij je osobie, która prowadzi katalog w Twojej okolicy.</>
        )}{' '}
        Zespół sprawdzi dane, zanim pojawią się w katalogu. Każdy plik możesz też otworzyć w formularzu przyciskiem „Przekaż do katalogu” przy danej pozycji.
      </p>
      {errors.length > 0 && (
        <div className="error" role="alert" tabIndex={-1} ref={errorBox}>
          <p>Nie pobrano plików:</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor="kat-bundle-source">Skąd pochodzą dane placówek (wymagane)</label>
        <p className="hint" id="kat-bundle-source-hint">
          Np. „Rozmowa telefoniczna z placówką, listopad 2026” albo „Strona internetowa parafii”. Trafi do każdego pliku.
        </p>
        <input
          id="kat-bundle-source"
          type="text"
          maxLength={300}
          aria-describedby="kat-bundle-source-hint"
          value={source}
          onChange={(e) => setSource(e.target.value)}
        />
      </div>
      {own.map((c) => (
        <fieldset key={c.entryId}>
          <legend>W jakich sprawach pomaga: {chosenName(c)}</legend>
          <p className="hint">To informacja o placówce dla katalogu placówek, nie o rodzinie. Zaznacz przynajmniej jedną sprawę.</p>
          <ul className="checks columns-2">
            {needs.map((n) => {
              const id = `kat-bundle-${c.entryId}-${n.id}`;
              const ticked = (helps[c.entryId] ?? []).includes(n.id);
              return (
                <li key={n.id}>
                  <input
                    type="checkbox"
                    id={id}
                    checked={ticked}
                    onChange={() =>
                      setHelps((h) => ({ ...h, [c.entryId]: ticked ? (h[c.entryId] ?? []).filter((x) => x !== n.id) : [...(h[c.entryId] ?? []), n.id] }))
                    }
                  />
                  <label htmlFor={id}>{n.name}</label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <p>
        <button type="button" className="button" onClick={download} disabled={busy}>
          Pobierz wszystkie jako pliki wpisów
        </button>
      </p>
      <p role="status">{busy ? 'Przygotowuję pliki…' : done}</p>
    </section>
  );
}
