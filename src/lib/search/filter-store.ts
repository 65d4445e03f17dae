/**
 * The filter state of a page, kept in its URL and shared by every island on the page (the list and the
 * map are different frameworks; the page's one store is src/islands/shared/page-filters.ts). Framework-free: an island reads `get()`, calls `set()` and
 * `subscribe()`s; its own small hook turns that into renders.
 *  - set(next, 'push'): a facet change, a new history entry (Back undoes it);
 *  - set(next, 'replace'): typing, the same entry (Back does not step through every letter);
 *  - Back and Forward (popstate) read the URL again and tell every listener.
 */
import type { Filters } from './filter-state.ts';
import { filtersFromQuery, queryFromFilters, type OldForms } from './url.ts';

export type HistoryMode = 'push' | 'replace';
export type FiltersListener = (filters: Filters) => void;

export interface FilterStore {
  /** The current filters; the same object until they change. */
  get(): Filters;
  set(next: Filters, how: HistoryMode): void;
  /** Calls the listener on every change; returns the function that stops it. */
  subscribe(listener: FiltersListener): () => void;
}

/** What the store needs from the browser (a window), narrowed so tests can pass their own. */
export interface HistoryHost {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
}

/** `old`: the names older links carry for a code or an id (see url.ts), for a page that once wrote them. */
export function createFilterStore(host: HistoryHost, old: OldForms = {}): FilterStore {
  let current = filtersFromQuery(host.location.search, old);
  const listeners = new Set<FiltersListener>();
  const notify = () => {
    for (const listener of [...listeners]) listener(current);
  };
  host.addEventListener('popstate', () => {
    current = filtersFromQuery(host.location.search, old);
    notify();
  });
  return {
    get: () => current,
    set(next, how) {
      current = next;
      const { pathname, hash } = host.location;
      const url = `${pathname}${queryFromFilters(next)}${hash}`;
      if (how === 'push') host.history.pushState(null, '', url);
      else host.history.replaceState(null, '', url);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
