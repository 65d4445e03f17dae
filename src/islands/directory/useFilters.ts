/** Filter state that lives in the URL: facet changes add a history entry, typing replaces it; Back restores. */
import { useCallback, useEffect, useState } from 'react';
import { EMPTY_FILTERS, type Filters } from '../../lib/search/filter.ts';
import { filtersFromQuery, queryFromFilters } from '../../lib/search/url.ts';

export function useUrlFilters(): [Filters, (next: Filters, how: 'push' | 'replace') => void] {
  const [filters, setFilters] = useState<Filters>(EMPTY_FILTERS);
  useEffect(() => {
    setFilters(filtersFromQuery(location.search));
    const onPop = () => setFilters(filtersFromQuery(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((next: Filters, how: 'push' | 'replace') => {
    setFilters(next);
    const url = `${location.pathname}${queryFromFilters(next)}${location.hash}`;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }, []);
  return [filters, update];
}
