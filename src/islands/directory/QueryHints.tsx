/** @jsxImportSource preact */
/**
 * What the search understood from the query, said plainly above the results: a place it names
 * ("Szukamy w gminie Wejherowo") and a need it names, as a one-click filter
 * ("Szukasz pomocy w sprawie: Uzależnienia?").
 */
import { analyze, regionOf, type Filters, type SearchIndex } from '../../lib/search/filter.ts';
import { placeLabel } from '../../lib/search/places.ts';
import type { FacetOptions } from './FilterForm.tsx';
import type { SetFilters } from './useFilters.ts';

interface Props {
  index: SearchIndex;
  filters: Filters;
  options: FacetOptions;
  onChange: SetFilters;
}

export default function QueryHints({ index, filters, options, onChange }: Props) {
  if (!filters.q.trim()) return null;
  const { place } = regionOf(index, filters);
  const need = filters.need ? null : analyze(index, filters.q).need;
  const needName = need ? options.needs.find(([id]) => id === need)?.[1] : undefined;
  if (!place && !needName) return null;
  return (
    <div className="query-hints">
      {place && <p>Szukamy {placeLabel(place)}. Aby szukać gdzie indziej, wybierz region poniżej albo usuń nazwę miejscowości z wyszukiwania.</p>}
      {needName && (
        <p>
          Szukasz pomocy w sprawie:{' '}
          <button type="button" className="button" onClick={() => onChange({ ...filters, need: need! }, 'push')}>
            {needName}
          </button>
          ?
        </p>
      )}
    </div>
  );
}
