/** Filter state in the URL (shareable links, the back button): Filters ⇄ query string. */
import { EMPTY_FILTERS, type Filters } from './filter.ts';
import { URL_PARAMS } from './facets.ts';

const FLAGS = ['free', 'openNow', 'accessibility'] as const;
const TEXTS = ['q', 'wojewodztwo', 'powiat', 'gmina', 'type', 'need', 'audience'] as const;

export function filtersFromQuery(search: string): Filters {
  const params = new URLSearchParams(search);
  const f: Filters = { ...EMPTY_FILTERS };
  for (const key of TEXTS) f[key] = params.get(URL_PARAMS[key])?.trim() ?? '';
  for (const key of FLAGS) f[key] = params.get(URL_PARAMS[key]) === '1';
  // A gmina implies its powiat and województwo (TERYT codes nest).
  if (f.gmina) f.powiat = f.gmina.slice(0, 4);
  if (f.powiat) f.wojewodztwo = f.powiat.slice(0, 2);
  return f;
}

/** The query string for a filter state; empty facets are left out. The most specific region only. */
export function queryFromFilters(f: Filters): string {
  const params = new URLSearchParams();
  if (f.q.trim()) params.set(URL_PARAMS.q, f.q.trim());
  const region = f.gmina ? 'gmina' : f.powiat ? 'powiat' : f.wojewodztwo ? 'wojewodztwo' : null;
  if (region) params.set(URL_PARAMS[region], f[region]);
  for (const key of ['type', 'need', 'audience'] as const) if (f[key]) params.set(URL_PARAMS[key], f[key]);
  for (const key of FLAGS) if (f[key]) params.set(URL_PARAMS[key], '1');
  const s = params.toString();
  return s ? `?${s}` : '';
}
