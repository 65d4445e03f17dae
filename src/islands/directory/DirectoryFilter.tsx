/**
 * Instant filtering of the directory (/placowki/): text that tolerates missing diacritics and small
 * typos, region and other facets, state in the URL. The server-rendered lists below keep working
 * without JavaScript; this island adds the filter on top.
 */
import { useEffect, useMemo, useState } from 'react';
import { filterRecords, isActive, type Hit, type SearchIndex } from '../../lib/search/filter.ts';
import { queryFromFilters } from '../../lib/search/url.ts';
import { plural, WORDS } from '../../lib/i18n/plural.ts';
import { paths } from '../../lib/directory/paths.ts';
import { indexFor } from './data.ts';
import FilterForm, { type FacetOptions } from './FilterForm.tsx';
import Results from './Results.tsx';
import { useUrlFilters } from './useFilters.ts';
import './directory.css';

export default function DirectoryFilter({ options }: { options: FacetOptions }) {
  const [filters, setFilters] = useUrlFilters();
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const active = isActive(filters);

  useEffect(() => {
    if (!active) return;
    let current = true;
    indexFor(filters)
      .then((i) => current && setIndex(i))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [active, filters.wojewodztwo, filters.powiat, filters.gmina]);

  const now = useMemo(() => new Date(), [filters, index]);
  const hits: Hit[] | null = useMemo(() => (index && active ? filterRecords(index, filters, now) : null), [index, filters, active, now]);

  useEffect(() => {
    document.documentElement.classList.toggle('directory-filtered', active);
  }, [active]);

  return (
    <section className="directory-filter" aria-labelledby="filtr-naglowek" data-query={filters.q}>
      <h2 id="filtr-naglowek">Szukaj i filtruj</h2>
      <noscript>
        <p className="notice">Filtr działa w przeglądarce z włączonym JavaScriptem. Bez niego wybierz województwo, powiat i gminę z list poniżej albo rodzaj placówki.</p>
      </noscript>
      <FilterForm idPrefix="filtr" options={options} filters={filters} onChange={setFilters} />
      <div className="result-bar">
        <p role="status" className="result-count">
          {!active ? 'Wpisz, czego szukasz, albo wybierz swoją gminę.' : failed ? 'Nie udało się wczytać danych. Odśwież stronę.' : hits ? `Znaleziono: ${plural(hits.length, WORDS.result)}.` : 'Wczytuję…'}
        </p>
        <a href={`${paths.map}${queryFromFilters(filters)}`}>Pokaż na mapie</a>
      </div>
      {active && hits && <Results hits={hits} filters={filters} options={options} now={now} onChange={setFilters} />}
    </section>
  );
}
