/**
 * Full-text search of the whole site with Pagefind (/szukaj/): institutions and informator articles,
 * Polish stemming, filters by type and województwo, results that show what the entry offers.
 * Query and filters live in the URL (?q=…&woj=<TERYT code>&rodzaj=<type id>, the codec of src/lib/search/url.ts, as on
 * /placowki/), so a search can be shared; older links with names (?woj=podlaskie) still open the same search.
 *
 * The województwo chooses the index: without one, the search covers the informator, the helplines
 * and help for the whole country; with one, also the institutions of that województwo
 * (src/lib/search/pagefind-plan.ts). So a search downloads the list of one region's pages, never all of Poland.
 */
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { count } from '../../i18n/index.ts';
import { PAGEFIND_FILTERS, PAGEFIND_META } from '../../lib/search/facets.ts';
import { NATIONAL_INDEX } from '../../lib/search/pagefind-plan.ts';
import { excerptParts } from './excerpt.ts';
import { loadPagefind, type PagefindResultData } from './pagefind.ts';
import { loadQueryContext } from './query-context.ts';
import { searchQuery } from './query-search.ts';
import { analyzeQuery } from '../../lib/search/query.ts';
import { placeLabel, type Place } from '../../lib/search/places.ts';
import { paths } from '../../lib/directory/paths.ts';
import { createFilterStore, type HistoryMode } from '../../lib/search/filter-store.ts';
import { URL_PARAMS } from '../../lib/search/url.ts';
import './search.css';

const PAGE = 10;

/**
 * The helplines page holds many helplines, each under a heading with its id: the ones that hold the words
 * (Pagefind's sub-results, at most two, those with more of the words first) are shown as results of their own.
 */
function expandSections(r: PagefindResultData): PagefindResultData[] {
  if (!r.url.startsWith(paths.helplines)) return [r];
  // The sections come ordered by searchQuery (query-search.ts): those that hold more of the words first.
  const sections = (r.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 2);
  if (sections.length === 0) return [r];
  return sections.map((s) => ({ ...r, url: s.url, excerpt: s.excerpt, meta: { ...r.meta, title: s.title } }));
}

interface Props {
  /** [type id, name]: the id is the URL value (?rodzaj=ops), the name what the pages carry (data-pagefind-filter). */
  types: [string, string][];
  /** [TERYT code, name]: the code is the URL value (?woj=20) and names the index. */
  wojewodztwa: [string, string][];
}

export default function SiteSearch({ types, wojewodztwa }: Props) {
  const id = useId();
  // The page's filter state in its URL; Back and Forward read it again (the store listens to popstate).
  const [store] = useState(() => createFilterStore(window, { wojewodztwa, types }));
  const state = useSyncExternalStore(store.subscribe, store.get);
  const region = wojewodztwa.find(([code]) => code === state.wojewodztwo);
  // A place named in the query ("mops kedzierzyn") chooses its województwo when none is chosen.
  const [place, setPlace] = useState<{ q: string; place: Place } | null>(null);
  const named = !region && place && place.q === state.q ? place.place : null;
  const namedRegion = named ? wojewodztwa.find(([code]) => code === named.codes[0]!.slice(0, 2)) : undefined;
  const index = region?.[0] ?? namedRegion?.[0] ?? NATIONAL_INDEX;
  type Results = { ids: { data(): Promise<PagefindResultData> }[]; total: number; q: string };
  const [results, setResults] = useState<Results | null>(null);
  // The details shown belong to one set of results: stale ones are never shown under a new count.
  const [loaded, setLoaded] = useState<{ for: Results | null; items: PagefindResultData[] }>({ for: null, items: [] });
  const shown = loaded.for === results ? loaded.items : [];
  const [limit, setLimit] = useState(PAGE);
  const [error, setError] = useState(false);

  useEffect(() => {
    if (!state.q.trim() && !state.type && !state.wojewodztwo) {
      setResults(null);
      return;
    }
    let current = true;
    const timer = setTimeout(async () => {
      try {
        const context = state.q.trim() ? await loadQueryContext().catch(() => null) : null;
        const analysis = context ? analyzeQuery(state.q, context) : null;
        const found = !region && analysis?.place ? analysis.place : null;
        const foundIndex = found ? wojewodztwa.find(([code]) => code === found.codes[0]!.slice(0, 2))?.[0] : undefined;
        if (!current) return;
        if (found && foundIndex !== index) {
          setPlace({ q: state.q, place: found }); // runs again with the place's index
          return;
        }
        if (!found && place) setPlace(null);
        const pf = await loadPagefind(index);
        const filters: Record<string, string> = {};
        if (state.type) filters[PAGEFIND_FILTERS.type] = types.find(([typeId]) => typeId === state.type)?.[1] ?? state.type;
        const ids = await searchQuery(pf, state.q, analysis, filters);
        if (!current) return;
        setLimit(PAGE);
        setResults({ ids, total: ids.length, q: state.q });
      } catch {
        if (current) setError(true);
      }
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [state, index]); // not on region, place or wojewodztwa: they change only with state or index

  useEffect(() => {
    if (!results) return;
    let current = true;
    void Promise.all(results.ids.slice(0, limit).map((r) => r.data())).then((items) => current && setLoaded({ for: results, items }));
    return () => {
      current = false;
    };
  }, [results, limit]);

  // Start loading Pagefind when the visitor starts to use the form.
  const warm = () => {
    void loadPagefind(index).catch(() => setError(true));
  };

  const update = (patch: Partial<Pick<typeof state, 'q' | 'type' | 'wojewodztwo'>>, how: HistoryMode) =>
    store.set({ ...state, gmina: '', powiat: '', ...patch }, how); // the page chooses a województwo only

  return (
    <div className="site-search">
      <form role="search" aria-label="Wyszukiwarka serwisu" onSubmit={(e) => e.preventDefault()} onFocus={warm} action="/szukaj/">
        <div className="search-field">
          <label htmlFor={`${id}-q`}>Szukaj w katalogu i informatorze</label>
          <input
            id={`${id}-q`}
            type="search"
            name={URL_PARAMS.q}
            autoComplete="off"
            value={state.q}
            onChange={(e) => update({ q: e.target.value }, 'replace')}
          />
        </div>
        <div className="search-filters">
          <div>
            <label htmlFor={`${id}-type`}>Rodzaj placówki</label>
            <select id={`${id}-type`} name={URL_PARAMS.type} value={state.type} onChange={(e) => update({ type: e.target.value }, 'push')}>
              <option value="">Wszystkie</option>
              {types.map(([typeId, name]) => (
                <option key={typeId} value={typeId}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-woj`}>Województwo</label>
            <select
              id={`${id}-woj`}
              name={URL_PARAMS.wojewodztwo}
              value={state.wojewodztwo}
              aria-describedby={`${id}-scope`}
              onChange={(e) => update({ wojewodztwo: e.target.value }, 'push')}
            >
              <option value="">nie wybrano</option>
              {wojewodztwa.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p id={`${id}-scope`} className="search-scope">
          {region
            ? `Szukamy wśród placówek z województwa ${region[1]}, w pomocy ogólnopolskiej i w informatorze.`
            : named && namedRegion
              ? `Szukamy ${placeLabel(named)} (województwo ${namedRegion[1]}), w pomocy ogólnopolskiej i w informatorze.`
              : 'Szukamy w informatorze, telefonach zaufania i pomocy ogólnopolskiej. Wybierz województwo, aby znaleźć też placówki lokalne.'}
        </p>
      </form>
      <p role="status" className="result-count">
        {error
          ? 'Nie udało się wczytać wyszukiwarki. Odśwież stronę.'
          : !results
            ? 'Wpisz słowo, np. „psycholog”, „zasiłek” albo nazwę miejscowości.'
            : results.total
              ? `Znaleziono: ${count(results.total, 'result')}.`
              : 'Nic nie znaleziono.'}
      </p>
      {results && results.total === 0 && (
        <p>
          Spróbuj innego słowa albo usuń filtry{region ? '' : ', a jeśli szukasz placówki, wybierz województwo'}. Możesz też przejrzeć{' '}
          <a href="/placowki/">placówki według miejsca</a> lub <a href="/telefony-zaufania/">telefony zaufania</a>.
        </p>
      )}
      {shown.length > 0 && (
        <ul className="entry-list search-results" data-query={results?.q}>
          {shown.flatMap(expandSections).map((r) => (
            <li key={r.url}>
              <h3>
                <a href={r.url}>{r.meta.title ?? r.url}</a>
              </h3>
              {r.filters[PAGEFIND_FILTERS.type]?.length || r.filters[PAGEFIND_FILTERS.wojewodztwo]?.length ? (
                <p className="entry-meta">
                  {[...(r.filters[PAGEFIND_FILTERS.type] ?? []), ...(r.filters[PAGEFIND_FILTERS.wojewodztwo] ?? []).map((w) => `województwo ${w}`)].join(' · ')}
                </p>
              ) : null}
              {r.meta[PAGEFIND_META.offers] && <p className="entry-offers">Oferuje: {r.meta[PAGEFIND_META.offers]}</p>}
              <p className="search-excerpt">
                {excerptParts(r.excerpt).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
              </p>
            </li>
          ))}
        </ul>
      )}
      {results && results.total > limit && (
        <button type="button" className="button" onClick={() => setLimit(limit + PAGE)}>
          Pokaż kolejne wyniki
        </button>
      )}
    </div>
  );
}
