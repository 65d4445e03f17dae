/**
 * The page's filter store (src/lib/search/filter-store.ts) as Preact state: facet changes add a history
 * entry, typing replaces it, Back restores. The first render shows no filter, like the server-rendered
 * HTML it hydrates; the URL's filters follow at once, and the third value says they have (so nothing is
 * loaded for the empty state the URL does not hold).
 */
import { useEffect, useState } from 'preact/hooks';
import { EMPTY_FILTERS, type Filters } from '../../lib/search/filter.ts';
import type { HistoryMode } from '../../lib/search/filter-store.ts';
import { pageFilters } from '../shared/page-filters.ts';

export type SetFilters = (next: Filters, how: HistoryMode) => void;

const setFilters: SetFilters = (next, how) => pageFilters().set(next, how);

export function useUrlFilters(): [Filters, SetFilters, boolean] {
  const [filters, setState] = useState<Filters | null>(null);
  useEffect(() => {
    const store = pageFilters();
    setState(store.get());
    return store.subscribe(setState);
  }, []);
  return [filters ?? EMPTY_FILTERS, setFilters, filters !== null];
}
