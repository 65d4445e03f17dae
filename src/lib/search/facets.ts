/**
 * Facet names, defined once: the URL parameters of the instant filter, and the Pagefind filter
 * names that institution pages carry (data-pagefind-filter), so Pagefind and the filter agree.
 */
export const PAGEFIND_FILTERS = {
  type: 'rodzaj',
  wojewodztwo: 'województwo',
} as const;

/** Query parameters of /placowki/ and /mapa/ (Polish, readable in a shared link). */
export const URL_PARAMS = {
  q: 'q',
  wojewodztwo: 'woj',
  powiat: 'powiat',
  gmina: 'gmina',
  type: 'rodzaj',
  need: 'potrzeba',
  audience: 'dla',
  free: 'bezplatne',
  openNow: 'otwarte',
  accessibility: 'dostepnosc',
  language: 'jezyk',
} as const;

export type FacetKey = keyof typeof URL_PARAMS;

/** Pagefind metadata shown in search results (what the entry offers). */
export const PAGEFIND_META = { offers: 'oferuje' } as const;

/**
 * A `data-pagefind-meta` attribute value "key:value". Pagefind splits several pairs on commas,
 * so commas inside the value become spaces.
 */
export function pagefindMeta(key: string, value: string): string {
  return `${key}:${value.replace(/,/g, ' ').replace(/\s+/g, ' ').trim()}`;
}
