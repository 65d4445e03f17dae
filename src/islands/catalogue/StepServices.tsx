/** Step 3: the family's needs, then suggested services (local first) with their reasons, search by name, the chosen list. */
import { lazy, Suspense, useRef, useState, type Dispatch } from 'react';
import { bundleItems, chosenName, emptyAdded, isOwn } from '../../lib/catalogue/added.ts';
import type { CatalogueAction } from '../../lib/catalogue/actions.ts';
import { changesSince } from '../../lib/catalogue/changes.ts';
import { snapshotOf, type CatalogueEntry } from '../../lib/catalogue/entries.ts';
import type { Catalogue } from '../../lib/catalogue/model.ts';
import { findByName, reachOf, suggest } from '../../lib/catalogue/suggest.ts';
import type { Reach } from '../../schemas/vocabulary.ts';
import { capitalize, termName } from '../../i18n/translate.ts';
import type { BuilderTranslator } from '../../lib/catalogue/words.ts';
import { AddedForm } from './added-form.ts';
import { ChosenCard } from './ChosenCard.tsx';
import type { BuilderTerms } from './terms.ts';
import { PL, useBuilderWords } from './words.ts';

interface Props {
  state: Catalogue;
  dispatch: Dispatch<CatalogueAction>;
  terms: BuilderTerms;
  entries: CatalogueEntry[] | null;
  loadError: boolean;
  announce: (message: string) => void;
}

// "Pobierz wszystkie jako pliki wpisów": loaded only once there is an entry to hand over (first-load budget).
const BundleDownload = lazy(() => import('./BundleDownload.tsx').then((m) => ({ default: m.BundleDownload })));

/** The same text with its first letter capitalised. */

const contactLine = ({ t }: BuilderTranslator, e: CatalogueEntry) =>
  [
    e.address,
    e.phones.map((p) => t('services.phone', { number: p.display })).join(', '),
    e.services
      .filter((s) => s.name !== e.name)
      .map((s) => s.name)
      .join(', '),
  ]
    .filter(Boolean)
    .join(' · ');

export function StepServices({ state, dispatch, terms, entries, loadError, announce }: Props) {
  const words = useBuilderWords();
  const { t, label } = words;
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const addOwnButton = useRef<HTMLButtonElement>(null);
  // The needs to tick on an own entry: the family's, or all while none is chosen.
  const needsToTick = state.needs.length ? terms.needs.filter((n) => state.needs.includes(n.id)) : terms.needs;
  const gmina = state.gmina;
  const needName = (id: string) => termName(terms.needs, id);
  const audienceName = (id: string) => termName(terms.audiences, id);
  const suggestions =
    gmina && entries ? suggest(entries, { gmina: gmina.code, needs: state.needs, audiences: state.audiences, needName, audienceName, words }) : [];
  const chosenIds = new Set(state.chosen.map((c) => c.entryId));
  const byId = new Map((entries ?? []).map((e) => [e.id, e]));

  // The reach comes with the item (the suggestion's, or the one shown beside a found name): not computed again here.
  const add = (entry: CatalogueEntry, why: string, level: Reach) => {
    dispatch({ type: 'serviceAdded', entryId: entry.id, snapshot: snapshotOf(entry, level, state.needs), why });
    announce(t('services.added', { name: entry.name }));
  };
  const found = entries ? findByName(entries, query) : [];

  const addButton = (entry: CatalogueEntry, why: string, level: Reach) =>
    chosenIds.has(entry.id) ? (
      <span className="in-catalogue">{t('services.inCatalogue')}</span>
    ) : (
      <button type="button" className="button secondary" onClick={() => add(entry, why, level)} aria-label={t('services.addNamed', { name: entry.name })}>
        {t('services.add')}
      </button>
    );

  return (
    <>
      <fieldset>
        <legend>{t('services.needs')}</legend>
        <ul className="checks columns-2">
          {terms.needs.map((n) => (
            <li key={n.id}>
              <label>
                <input type="checkbox" checked={state.needs.includes(n.id)} onChange={() => dispatch({ type: 'needToggled', id: n.id })} /> {n.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <h3>{t('services.suggestions')}</h3>
      {!gmina ? (
        <p className="notice">{t('services.noGmina')}</p>
      ) : loadError ? (
        <p className="error" role="alert">
          {t('services.loadError')}
        </p>
      ) : !entries ? (
        <p role="status">{t('services.loading')}</p>
      ) : state.needs.length === 0 ? (
        <p>{t('services.tickNeeds')}</p>
      ) : suggestions.length === 0 ? (
        <p>{t('services.noneFound', { gmina: gmina.name })}</p>
      ) : (
        <ul className="entry-list suggestions">
          {suggestions.map((s) => (
            <li key={s.entry.id}>
              <p className="suggestion-name" lang={PL}>
                <strong>{s.entry.name}</strong>
              </p>
              <p className="entry-meta">
                {t('services.why')}: {s.reason}.
              </p>
              {s.entry.generic ? (
                <>
                  <p className="entry-meta">
                    <span className="badge">{t('services.generalInfo')}</span> {t(s.entry.serves === 'powiat' ? 'pdf.generic.powiat' : 'pdf.generic.gmina')}
                  </p>
                  <p className="entry-meta">
                    {t('services.howToFind')}: <span lang={PL}>{s.entry.generic.howToFind}</span>
                  </p>
                </>
              ) : (
                <p className="entry-meta" lang={PL}>
                  {contactLine(words, s.entry)}
                </p>
              )}
              {addButton(s.entry, `${capitalize(s.reason)}.`, s.reach)}
            </li>
          ))}
        </ul>
      )}

      {gmina && entries && (
        <div className="field">
          <label htmlFor="kat-find">{t('services.find')}</label>
          <p className="hint" id="kat-find-hint">
            {t('services.findHint', { wojewodztwo: gmina.wojewodztwo })}
          </p>
          <input id="kat-find" type="search" aria-describedby="kat-find-hint" value={query} onChange={(e) => setQuery(e.target.value)} />
          {query.trim().length >= 2 && (
            <>
              <p role="status">{found.length ? t('services.found', { n: found.length }) : t('services.notFound')}</p>
              <ul className="entry-list">
                {found.map((e) => {
                  const level = reachOf(e, gmina.code);
                  return (
                    <li key={e.id}>
                      <p className="suggestion-name" lang={PL}>
                        <strong>{e.name}</strong>
                      </p>
                      <p className="entry-meta">{level === null ? t('services.outside') : `${capitalize(label('reach.reason', level))}.`}</p>
                      {addButton(e, '', level ?? 3)}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      )}

      <h3>{t('services.ownHeading')}</h3>
      <p>{t('services.ownIntro')}</p>
      <p className="hint" id="kat-pass-on-hint">
        {t('services.passOnHint')}
      </p>
      {adding ? (
        <Suspense fallback={null}>
          <AddedForm
            mode="own"
            idBase="kat-own"
            title={t('services.ownTitle')}
            initial={emptyAdded()}
            needs={needsToTick}
            types={terms.types}
            onCancel={() => {
              setAdding(false);
              requestAnimationFrame(() => addOwnButton.current?.focus());
            }}
            onSave={(added) => {
              dispatch({ type: 'ownEntryAdded', entryId: `wlasne-${crypto.randomUUID()}`, added });
              announce(t('services.added', { name: added.name }));
              setAdding(false);
              requestAnimationFrame(() => addOwnButton.current?.focus());
            }}
          />
        </Suspense>
      ) : (
        <p>
          <button type="button" className="button secondary" ref={addOwnButton} onClick={() => setAdding(true)}>
            {t('services.ownButton')}
          </button>
        </p>
      )}

      <h3 id="kat-chosen-heading" tabIndex={-1}>
        {t('services.chosen', { n: state.chosen.length })}
      </h3>
      {state.chosen.length === 0 ? (
        <p>{t('services.nothingChosen')}</p>
      ) : (
        <ol className="chosen-list">
          {state.chosen.map((c, i) => (
            <ChosenCard
              key={c.entryId}
              chosen={c}
              index={i}
              count={state.chosen.length}
              changes={entries && !isOwn(c) ? changesSince(c.snapshot, byId.get(c.entryId)) : null}
              dispatch={dispatch}
              gminaCode={gmina?.code ?? ''}
              needs={needsToTick}
              types={terms.types}
              announce={announce}
              onRemoved={() => {
                announce(t('services.removed', { name: chosenName(c) }));
                document.getElementById('kat-chosen-heading')?.focus();
              }}
              onRefresh={() => {
                const current = byId.get(c.entryId);
                if (!current) return;
                const level = (gmina && reachOf(current, gmina.code)) ?? 3;
                dispatch({ type: 'snapshotRefreshed', entryId: c.entryId, snapshot: snapshotOf(current, level, state.needs) });
                announce(t('services.refreshed', { name: current.name }));
              }}
            />
          ))}
        </ol>
      )}
      {gmina && bundleItems(state.chosen).length > 0 && (
        <Suspense fallback={null}>
          <BundleDownload state={state} needs={terms.needs} announce={announce} />
        </Suspense>
      )}
    </>
  );
}
