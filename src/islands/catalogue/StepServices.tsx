/** Step 3: the family's needs, then suggested services (local first) with their reasons, search by name, the chosen list. */
import { lazy, Suspense, useRef, useState, type Dispatch } from 'react';
import { bundleItems, chosenName, emptyAdded, isOwn } from '../../lib/catalogue/added.ts';
import type { CatalogueAction } from '../../lib/catalogue/actions.ts';
import { changesSince } from '../../lib/catalogue/changes.ts';
import { snapshotOf, type CatalogueEntry } from '../../lib/catalogue/entries.ts';
import type { Catalogue } from '../../lib/catalogue/model.ts';
import { findByName, reachOf, suggest } from '../../lib/catalogue/suggest.ts';
import type { Reach } from '../../schemas/vocabulary.ts';
import { capitalize, label, termName } from '../../i18n/index.ts';
import { AddedForm } from './AddedForm.tsx';
import { ChosenCard } from './ChosenCard.tsx';
import type { BuilderTerms } from './terms.ts';

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

const contactLine = (e: CatalogueEntry) =>
  [
    e.address,
    e.phones.map((p) => `telefon ${p.display}`).join(', '),
    e.services
      .filter((s) => s.name !== e.name)
      .map((s) => s.name)
      .join(', '),
  ]
    .filter(Boolean)
    .join(' · ');

export function StepServices({ state, dispatch, terms, entries, loadError, announce }: Props) {
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const addOwnButton = useRef<HTMLButtonElement>(null);
  // The needs to tick on an own entry: the family's, or all while none is chosen.
  const needsToTick = state.needs.length ? terms.needs.filter((n) => state.needs.includes(n.id)) : terms.needs;
  const gmina = state.gmina;
  const needName = (id: string) => termName(terms.needs, id);
  const audienceName = (id: string) => termName(terms.audiences, id);
  const suggestions = gmina && entries ? suggest(entries, { gmina: gmina.code, needs: state.needs, audiences: state.audiences, needName, audienceName }) : [];
  const chosenIds = new Set(state.chosen.map((c) => c.entryId));
  const byId = new Map((entries ?? []).map((e) => [e.id, e]));

  // The reach comes with the item (the suggestion's, or the one shown beside a found name): not computed again here.
  const add = (entry: CatalogueEntry, why: string, level: Reach) => {
    dispatch({ type: 'serviceAdded', entryId: entry.id, snapshot: snapshotOf(entry, level, state.needs), why });
    announce(`Dodano do katalogu: ${entry.name}.`);
  };
  const found = entries ? findByName(entries, query) : [];

  const addButton = (entry: CatalogueEntry, why: string, level: Reach) =>
    chosenIds.has(entry.id) ? (
      <span className="in-catalogue">Jest w katalogu</span>
    ) : (
      <button type="button" className="button secondary" onClick={() => add(entry, why, level)} aria-label={`Dodaj do katalogu: ${entry.name}`}>
        Dodaj do katalogu
      </button>
    );

  return (
    <>
      <fieldset>
        <legend>Czego rodzina potrzebuje?</legend>
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

      <h3>Propozycje wsparcia</h3>
      {!gmina ? (
        <p className="notice">Najpierw wybierz gminę rodziny w kroku „Dla kogo jest ten katalog?”. Wtedy pokażemy wsparcie najbliżej rodziny.</p>
      ) : loadError ? (
        <p className="error" role="alert">
          Nie udało się wczytać danych o placówkach. Sprawdź połączenie i spróbuj ponownie.
        </p>
      ) : !entries ? (
        <p role="status">Wczytuję placówki…</p>
      ) : state.needs.length === 0 ? (
        <p>Zaznacz potrzeby rodziny, a pokażemy pasujące wsparcie: najpierw w gminie, potem w powiecie, województwie i całej Polsce.</p>
      ) : suggestions.length === 0 ? (
        <p>Nie znaleźliśmy w katalogu wsparcia na te potrzeby dla gminy {gmina.name}. Spróbuj wyszukać placówkę po nazwie.</p>
      ) : (
        <ul className="entry-list suggestions">
          {suggestions.map((s) => (
            <li key={s.entry.id}>
              <p className="suggestion-name">
                <strong>{s.entry.name}</strong>
              </p>
              <p className="entry-meta">Dlaczego: {s.reason}.</p>
              {s.entry.generic ? (
                <>
                  <p className="entry-meta">
                    <span className="badge">Ogólna informacja</span> {s.entry.generic.note}
                  </p>
                  <p className="entry-meta">Jak znaleźć adres: {s.entry.generic.howToFind}</p>
                </>
              ) : (
                <p className="entry-meta">{contactLine(s.entry)}</p>
              )}
              {addButton(s.entry, `${capitalize(s.reason)}.`, s.reach)}
            </li>
          ))}
        </ul>
      )}

      {gmina && entries && (
        <div className="field">
          <label htmlFor="kat-find">Znajdź placówkę po nazwie</label>
          <p className="hint" id="kat-find-hint">
            Szukamy w województwie {gmina.wojewodztwo} i wśród wsparcia ogólnopolskiego.
          </p>
          <input id="kat-find" type="search" aria-describedby="kat-find-hint" value={query} onChange={(e) => setQuery(e.target.value)} />
          {query.trim().length >= 2 && (
            <>
              <p role="status">{found.length ? `Znalezione: ${found.length}` : 'Nic nie znaleziono.'}</p>
              <ul className="entry-list">
                {found.map((e) => {
                  const level = reachOf(e, gmina.code);
                  return (
                    <li key={e.id}>
                      <p className="suggestion-name">
                        <strong>{e.name}</strong>
                      </p>
                      <p className="entry-meta">{level === null ? 'Nie obejmuje gminy rodziny.' : `${capitalize(label('reach.reason', level))}.`}</p>
                      {addButton(e, '', level ?? 3)}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      )}

      <h3>Wsparcie spoza katalogu placówek</h3>
      <p>
        Znasz pomoc, której nie ma w katalogu, np. parafię z bankiem żywności albo klub sąsiedzki? Dodaj ją do katalogu tej rodziny. Będzie oznaczona jako
        „dodane przez asystenta rodziny”. Możesz też uzupełnić dane wybranej placówki, np. brakujący telefon.
      </p>
      <p className="hint" id="kat-pass-on-hint">
        „Przekaż do katalogu” otwiera w nowej karcie formularz zgłoszenia placówki, wypełniony tylko danymi tej placówki: nazwą, rodzajem, adresem, telefonami,
        e-mailem, stroną, godzinami i tym, co oferuje. Nie ma tam nic o rodzinie: ani pseudonimu, celów, potrzeb, notatek i planu, ani Twoich uwag. Nic nie
        wysyłamy sami: formularz przygotuje plik wpisu, a Ty zdecydujesz, czy wyślesz go zespołowi prowadzącemu katalog (przez serwis GitHub albo e-mailem).
      </p>
      {adding ? (
        <AddedForm
          mode="own"
          idBase="kat-own"
          title="Nowe wsparcie spoza katalogu"
          initial={emptyAdded()}
          needs={needsToTick}
          types={terms.types}
          onCancel={() => {
            setAdding(false);
            requestAnimationFrame(() => addOwnButton.current?.focus());
          }}
          onSave={(added) => {
            dispatch({ type: 'ownEntryAdded', entryId: `wlasne-${crypto.randomUUID()}`, added });
            announce(`Dodano do katalogu: ${added.name}.`);
            setAdding(false);
            requestAnimationFrame(() => addOwnButton.current?.focus());
          }}
        />
      ) : (
        <p>
          <button type="button" className="button secondary" ref={addOwnButton} onClick={() => setAdding(true)}>
            Dodaj wsparcie spoza katalogu
          </button>
        </p>
      )}

      <h3 id="kat-chosen-heading" tabIndex={-1}>
        Wybrane wsparcie ({state.chosen.length})
      </h3>
      {state.chosen.length === 0 ? (
        <p>Nic jeszcze nie wybrano.</p>
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
                announce(`Usunięto z katalogu: ${chosenName(c)}.`);
                document.getElementById('kat-chosen-heading')?.focus();
              }}
              onRefresh={() => {
                const current = byId.get(c.entryId);
                if (!current) return;
                const level = (gmina && reachOf(current, gmina.code)) ?? 3;
                dispatch({ type: 'snapshotRefreshed', entryId: c.entryId, snapshot: snapshotOf(current, level, state.needs) });
                announce(`Zaktualizowano dane: ${current.name}.`);
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
