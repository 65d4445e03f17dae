/** @jsxImportSource preact */
/**
 * Instant filtering of the directory: text that tolerates missing diacritics and small typos, region and
 * other facets, state in the URL (src/lib/search/filter-store.ts). Preact, not React: with it the page
 * stays within its JavaScript budget after the first use too.
 *  - variant "list" (/placowki/, hydrated on first interaction): results once a filter is set; the
 *    server-rendered lists below keep working without JavaScript.
 *  - variant "map" (/mapa/): the same form, count and list, every entry even without a filter; the map
 *    itself comes in the `map` slot (a React island, react-leaflet) and follows the same store and data.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { isActive, type Hit, type SearchIndex } from '../../lib/search/filter.ts';
import { filterUrl } from '../../lib/search/url.ts';
import { createTranslator, type Dictionary, type Translator } from '../../i18n/translate.ts';
import { paths } from '../../lib/directory/paths.ts';
import { hitsFor, indexFor } from '../shared/directory-data.ts';
import FilterForm, { type FacetOptions } from './FilterForm.tsx';
import Results from './Results.tsx';
import QueryHints from './QueryHints.tsx';
import PlaceHints from './PlaceHints.tsx';
import { useUrlFilters } from './useFilters.ts';
import './directory.css';

interface Props {
  options: FacetOptions;
  /** The shared words of the page's language (src/i18n/all.ts on the page): no dictionary in this island's code. */
  words: Dictionary;
  variant?: 'list' | 'map';
  /** The map (variant "map"): rendered between the count and the list, never re-rendered by this island. */
  map?: ComponentChildren;
}

export default function DirectoryFilter({ options, words, variant = 'list', map }: Props) {
  const tr: Translator = useMemo(() => createTranslator(words, 'pl-PL'), [words]);
  const [filters, setFilters, fromUrl] = useUrlFilters();
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const onMap = variant === 'map';
  const active = isActive(filters);
  // The map shows every entry; the list only what a filter asks for (the full list is server-rendered).
  const wanted = fromUrl && (onMap || active);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    indexFor(filters)
      .then((i) => current && setIndex(i))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [wanted, filters.wojewodztwo, filters.powiat, filters.gmina]);

  const now = useMemo(() => new Date(), [filters, index]);
  const hits: Hit[] | null = useMemo(() => (index && wanted ? hitsFor(index, filters, now) : null), [index, filters, wanted, now]);

  useEffect(() => {
    if (!onMap) document.documentElement.classList.toggle('directory-filtered', active);
  }, [active, onMap]);

  const failure = 'Nie udało się wczytać danych. Odśwież stronę.';
  const found = (n: number) => `Znaleziono: ${tr.count(n, 'result')}`;
  const count = onMap
    ? failed
      ? failure
      : hits
        ? `${found(hits.length)}, na mapie: ${hits.filter((h) => h.record.l).length}.`
        : 'Wczytuję dane…'
    : !active
      ? 'Wpisz, czego szukasz, albo wybierz swoją gminę.'
      : failed
        ? failure
        : hits
          ? `${found(hits.length)}.`
          : 'Wczytuję…';
  const places = onMap ? undefined : <PlaceHints filters={filters} onChange={setFilters} />;
  const form = <FilterForm idPrefix={onMap ? 'mapa' : 'filtr'} options={options} filters={filters} onChange={setFilters} afterQuery={places} />;
  const hints = index && <QueryHints index={index} filters={filters} options={options} onChange={setFilters} />;
  const results = hits && (onMap || active) && <Results tr={tr} hits={hits} filters={filters} options={options} now={now} onChange={setFilters} />;

  if (onMap) {
    return (
      <div className="map-view" data-query={filters.q}>
        {form}
        <div className="result-bar">
          <p role="status" className="result-count">
            {count}
          </p>
          <a href={filterUrl(filters, paths.directory)}>Pokaż jako listę</a>
        </div>
        {hints}
        {map}
        <h2>Wyniki jako lista</h2>
        {results}
      </div>
    );
  }
  return (
    <section className="directory-filter" aria-labelledby="filtr-naglowek" data-query={filters.q}>
      <h2 id="filtr-naglowek">Szukaj i filtruj</h2>
      <noscript>
        <p className="notice">
          Filtr działa w przeglądarce z włączonym JavaScriptem. Bez niego wybierz województwo, powiat i gminę z list poniżej albo rodzaj placówki.
        </p>
      </noscript>
      {form}
      <div className="result-bar">
        <p role="status" className="result-count">
          {count}
        </p>
        <a href={filterUrl(filters, paths.map)}>Pokaż na mapie</a>
      </div>
      {active && hints}
      {results}
    </section>
  );
}
