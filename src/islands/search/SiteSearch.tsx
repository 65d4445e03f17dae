/**
 * Full-text search of the whole site with Pagefind (/szukaj/): institutions and informator articles,
 * Polish stemming, filters by type and województwo, results that show what the entry offers.
 * Query and filters live in the URL (?q=…&woj=<TERYT code>&rodzaj=<type id>, the codec of src/lib/search/url.ts, as on
 * /placowki/), so a search can be shared; older links with names (?woj=podlaskie) still open the same search.
 *
 * The województwo chooses the index: without one, the search covers the informator, the helplines
 * and help for the whole country; with one, also the institutions of that województwo
 * (src/lib/search/pagefind-plan.ts). So a search downloads the list of one region's pages, never all of Poland.
 *
 * The same island serves /uk/szukaj/ and /en/szukaj/ with the words of its page's language (a prop). Pagefind searches
 * the pages of the page's `<html lang>`: on /uk/szukaj/ the Ukrainian articles (no filters: the institutions are Polish
 * pages), on /en/szukaj/, which has no English pages, the Polish ones; a result in another language than the page's
 * carries its language and says "(in Polish)".
 */
import { Fragment, useEffect, useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import { PAGEFIND_FILTERS, PAGEFIND_META } from '../../lib/search/facets.ts';
import { NATIONAL_INDEX } from '../../lib/search/pagefind-plan.ts';
import { excerptParts } from './excerpt.ts';
import { loadPagefind, type PagefindResultData } from './pagefind.ts';
import { loadQueryContext } from './query-context.ts';
import { searchQuery } from './query-search.ts';
import { placeLabel, type Place } from '../../lib/search/places.ts';
import { paths } from '../../lib/directory/paths.ts';
import { createFilterStore, type HistoryMode } from '../../lib/search/filter-store.ts';
import { URL_PARAMS } from '../../lib/search/url.ts';
import { splitLang, type Lang } from '../../i18n/langs.ts';
import { analysisFor } from './query-plan.ts';
import { bindSearchWords, type SearchWords } from './words.ts';
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

/** The language of a result's page, by its address (/uk/informator/… is Ukrainian, the rest Polish). */
const langOfUrl = (url: string): Lang => splitLang(url.replace(/[?#].*$/, '')).lang;

/** A sentence with one {parameter} replaced by an element (a name in another language, with its `lang`). */
function fill(text: string, name: string, value: ReactNode): ReactNode {
  const [before, after = ''] = text.split(`{${name}}`);
  return (
    <>
      {before}
      {value}
      {after}
    </>
  );
}

/** A link to a Polish-only page: on a page in another language it carries hreflang="pl" and says "(in Polish)". */
function PolishLink({ href, lang, words, text }: { href: string; lang: Lang; words: SearchWords; text: string }) {
  return lang === 'pl' ? (
    <a href={href}>{text}</a>
  ) : (
    <a href={href} hrefLang="pl">
      {text} {words['search.inPolish']}
    </a>
  );
}

interface Props {
  /** [type id, name]: the id is the URL value (?rodzaj=ops), the name what the pages carry (data-pagefind-filter). Empty: no filters. */
  types: [string, string][];
  /** [TERYT code, name]: the code is the URL value (?woj=20) and names the index. Empty: no filters, the national index only. */
  wojewodztwa: [string, string][];
  /** the page's language: its words, and the language of the pages Pagefind searches (the page's `<html lang>`) */
  lang: Lang;
  /** the language of the pages found: Ukrainian on /uk/szukaj/; Polish on /en/szukaj/, which has no English pages to search */
  searched: Lang;
  locale: string;
  /** the search area's words in the page's language (src/i18n/locales/search/) */
  words: SearchWords;
  /** the Polish search page, where a Ukrainian or English page sends a visitor for the institutions */
  links: { directory: string; helplines: string };
}

export default function SiteSearch({ types, wojewodztwa, lang, searched, locale, words, links }: Props) {
  const id = useId();
  const { t, results: countResults } = bindSearchWords(words, locale);
  // Polish pages are searched with the Polish query analysis (stop words, keyword phrases, places); Ukrainian ones
  // with Pagefind's own matching of the words as typed, and of their Cyrillic reading when typed in Latin letters.
  const polish = searched === 'pl';
  const filtered = wojewodztwa.length > 0;
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
        const context = polish && state.q.trim() ? await loadQueryContext().catch(() => null) : null;
        const analysis = analysisFor(state.q, searched, context);
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
      <form role="search" aria-label={t('search.form')} onSubmit={(e) => e.preventDefault()} onFocus={warm} action={location.pathname}>
        <div className="search-field">
          <label htmlFor={`${id}-q`}>{t('search.label')}</label>
          <input
            id={`${id}-q`}
            type="search"
            name={URL_PARAMS.q}
            autoComplete="off"
            value={state.q}
            onChange={(e) => update({ q: e.target.value }, 'replace')}
          />
        </div>
        {filtered && (
          <div className="search-filters">
            <div>
              <label htmlFor={`${id}-type`}>{t('search.type')}</label>
              <select id={`${id}-type`} name={URL_PARAMS.type} value={state.type} onChange={(e) => update({ type: e.target.value }, 'push')}>
                <option value="">{t('search.typeAll')}</option>
                {types.map(([typeId, name]) => (
                  <option key={typeId} value={typeId} lang={lang === 'pl' ? undefined : 'pl'}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-woj`}>{t('search.wojewodztwo')}</label>
              <select
                id={`${id}-woj`}
                name={URL_PARAMS.wojewodztwo}
                value={state.wojewodztwo}
                aria-describedby={`${id}-scope`}
                onChange={(e) => update({ wojewodztwo: e.target.value }, 'push')}
              >
                <option value="">{t('search.wojewodztwoNone')}</option>
                {wojewodztwa.map(([code, name]) => (
                  <option key={code} value={code} lang={lang === 'pl' ? undefined : 'pl'}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        )}
        <p id={`${id}-scope`} className="search-scope">
          {region
            ? t('search.scopeRegion', { region: region[1] })
            : named && namedRegion
              ? // The place's words (placeLabel) are Polish: other languages name its województwo only.
                lang === 'pl'
                ? t('search.scopePlace', { place: placeLabel(named), region: namedRegion[1] })
                : t('search.scopeRegion', { region: namedRegion[1] })
              : t('search.scopeNational')}
        </p>
      </form>
      <p role="status" className="result-count">
        {error
          ? t('search.failed')
          : !results
            ? t('search.hint')
            : results.total
              ? t('search.found', { count: countResults(results.total) })
              : t('search.none')}
      </p>
      {results && results.total === 0 && (
        <p>
          {t('search.tryOther')}
          {region || !filtered ? '' : t('search.tryRegion')}
          {t('search.browse')} <PolishLink href={links.directory} lang={lang} words={words} text={t('search.browseDirectory')} /> {t('search.browseOr')}{' '}
          <PolishLink href={links.helplines} lang={lang} words={words} text={t('search.browseHelplines')} />.
        </p>
      )}
      {shown.length > 0 && (
        <ul className="entry-list search-results" data-query={results?.q}>
          {shown.flatMap(expandSections).map((r) => {
            // A page in another language than this one's (a Polish page on /en/szukaj/) says so, and its text carries its language.
            const other = langOfUrl(r.url) !== lang ? langOfUrl(r.url) : undefined;
            const polishWords = lang === 'pl' ? undefined : 'pl'; // types and województwa are named in Polish
            const metaParts = [
              ...(r.filters[PAGEFIND_FILTERS.type] ?? []).map((name) => <span lang={polishWords}>{name}</span>),
              ...(r.filters[PAGEFIND_FILTERS.wojewodztwo] ?? []).map((w) => <>{fill(t('search.region'), 'name', <span lang={polishWords}>{w}</span>)}</>),
            ];
            return (
              <li key={r.url}>
                <h3>
                  <a href={r.url} hrefLang={other}>
                    <span lang={other}>{r.meta.title ?? r.url}</span>
                    {other && ` ${t('search.inPolish')}`}
                  </a>
                </h3>
                {metaParts.length ? (
                  <p className="entry-meta">
                    {metaParts.map((part, i) => (
                      <Fragment key={i}>
                        {i > 0 && ' · '}
                        {part}
                      </Fragment>
                    ))}
                  </p>
                ) : null}
                {r.meta[PAGEFIND_META.offers] && (
                  <p className="entry-offers">{fill(t('search.offers'), 'offers', <span lang={other}>{r.meta[PAGEFIND_META.offers]}</span>)}</p>
                )}
                <p className="search-excerpt" lang={other}>
                  {excerptParts(r.excerpt).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {results && results.total > limit && (
        <button type="button" className="button" onClick={() => setLimit(limit + PAGE)}>
          {t('search.more')}
        </button>
      )}
    </div>
  );
}
