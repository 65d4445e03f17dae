/** The filter state of the directory, the map and the search page: its shape and its empty value (light: the URL codec and the islands import it without the index). */

export interface Filters {
  q: string;
  wojewodztwo: string; // 2-digit code or ''
  powiat: string; // 4-digit code or ''
  gmina: string; // 7-digit code or ''
  type: string;
  need: string;
  audience: string;
  free: boolean;
  openNow: boolean;
  accessibility: boolean;
  /** ISO 639 code of a language the entry serves in besides Polish ('uk'), or '' */
  language: string;
}

export const EMPTY_FILTERS: Filters = {
  q: '',
  wojewodztwo: '',
  powiat: '',
  gmina: '',
  type: '',
  need: '',
  audience: '',
  free: false,
  openNow: false,
  accessibility: false,
  language: '',
};
