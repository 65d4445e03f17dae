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
import { site } from '../../site.config.ts';
import { downloadBlob } from '../shared/download.ts';
import { useBuilderWords } from './words.ts';

export const BUNDLE_NAME = 'wpisy-do-katalogu.zip';

interface Props {
  state: Catalogue;
  needs: readonly Term[];
  announce: (message: string) => void;
}

export function BundleDownload({ state, needs, announce }: Props) {
  const { t, count } = useBuilderWords();
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
      ...(source.trim() ? [] : [t('bundle.missingSource')]),
      ...own.filter((c) => !(helps[c.entryId] ?? []).length).map((c) => t('bundle.missingHelps', { name: chosenName(c) })),
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
        setErrors(bundle.problems.map((p) => t('bundle.problem', { name: p.name, messages: p.messages.join(' ') })));
        return requestAnimationFrame(() => errorBox.current?.focus());
      }
      downloadBlob(new Blob([bundle.zip as BlobPart], { type: 'application/zip' }), BUNDLE_NAME);
      const message = t('bundle.done', { file: BUNDLE_NAME, files: count(bundle.files.length, 'entryFile') });
      setDone(message);
      announce(message);
    } catch {
      setErrors([t('bundle.failed')]);
      requestAnimationFrame(() => errorBox.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="bundle-download" aria-labelledby="kat-bundle-heading">
      <h3 id="kat-bundle-heading">{t('bundle.heading')}</h3>
      <p>{t('bundle.intro', { items: count(items.length, 'chosenItem') })}</p>
      <p>
        {site.contactEmail ? (
          <>
            {t('bundle.byEmail')} <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a> {t('bundle.byEmailAfter')}
          </>
        ) : (
          t('bundle.noEmail')
        )}{' '}
        {t('bundle.review')}
      </p>
      {errors.length > 0 && (
        <div className="error" role="alert" tabIndex={-1} ref={errorBox}>
          <p>{t('bundle.notDownloaded')}</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor="kat-bundle-source">{t('bundle.source')}</label>
        <p className="hint" id="kat-bundle-source-hint">
          {t('bundle.sourceHint')}
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
          <legend>{t('bundle.helps', { name: chosenName(c) })}</legend>
          <p className="hint">{t('bundle.helpsHint')}</p>
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
          {t('bundle.heading')}
        </button>
      </p>
      <p role="status">{busy ? t('bundle.busy') : done}</p>
    </section>
  );
}
