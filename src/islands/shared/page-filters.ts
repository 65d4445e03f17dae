/**
 * The filter store of this page (src/lib/search/filter-store.ts over the browser's window), one for all
 * its islands: ES modules are shared between islands, so the list and the map read and write one state.
 */
import { createFilterStore, type FilterStore } from '../../lib/search/filter-store.ts';

let shared: FilterStore | undefined;

/** The store of this page. Browser only. */
export function pageFilters(): FilterStore {
  shared ??= createFilterStore(window);
  return shared;
}
