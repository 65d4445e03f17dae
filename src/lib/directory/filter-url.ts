/**
 * Links into the directory's filters. The filter state lives in the URL of /placowki/, so a link is shareable
 * and the back button works: ?rodzaj=<type id>&potrzeba=<need id>&dla=<audience id>, a parameter repeated
 * for several values. `filtersFromSearch` reads such a link back (tests); the island reads its URL with src/lib/search/url.ts.
 */
import { paths } from './paths.ts';

export interface DirectoryFilters {
  types?: readonly string[];
  needs?: readonly string[];
  audiences?: readonly string[];
}

/** Query parameter names, defined once for the links and for the island that reads them. */
export const FILTER_PARAMS = { types: 'rodzaj', needs: 'potrzeba', audiences: 'dla' } as const;

const KINDS = ['types', 'needs', 'audiences'] as const;

/** `/placowki/` with the given filters, in a stable order (types, needs, audiences), each value once. */
export function filterUrl(filters: DirectoryFilters): string {
  const query = new URLSearchParams();
  for (const kind of KINDS) {
    for (const value of new Set(filters[kind] ?? [])) if (value) query.append(FILTER_PARAMS[kind], value);
  }
  const search = query.toString();
  return search ? `${paths.directory}?${search}` : paths.directory;
}

/** The filters in a query string (with or without the leading "?"); unknown parameters are ignored. */
export function filtersFromSearch(search: string): Required<DirectoryFilters> {
  const query = new URLSearchParams(search);
  const read = (kind: (typeof KINDS)[number]) => [...new Set(query.getAll(FILTER_PARAMS[kind]).filter(Boolean))];
  return { types: read('types'), needs: read('needs'), audiences: read('audiences') };
}
