/**
 * The one URL vocabulary of every page's filter state (/placowki/, /mapa/, /szukaj/ and the links into them):
 * Filters ⇄ query string, with the parameter names of URL_PARAMS (facets.ts). One meaning per parameter:
 * `?woj=` is a województwo's TERYT code, `?powiat=` and `?gmina=` theirs, `?rodzaj=` a type id, `?potrzeba=` a need id,
 * `?dla=` an audience id, `?jezyk=` an ISO 639 language code (`uk`); each once (a repeated parameter is read as its first value).
 * Old links keep working: /szukaj/ once wrote the województwo's name (?woj=podlaskie) and the type's display name
 * (?rodzaj=Ośrodek pomocy społecznej); given the names (`OldForms`), those are read as the code and the id.
 */
import { EMPTY_FILTERS, type Filters } from './filter-state.ts';
import { URL_PARAMS } from './facets.ts';
import { paths } from '../directory/paths.ts';

export { URL_PARAMS };

const FLAGS = ['free', 'openNow', 'accessibility'] as const;
const TEXTS = ['q', 'wojewodztwo', 'powiat', 'gmina', 'type', 'need', 'audience', 'language'] as const;

/** [code or id, display name] pairs, to read the names older links carry. */
export interface OldForms {
  wojewodztwa?: readonly (readonly [code: string, name: string])[];
  types?: readonly (readonly [id: string, name: string])[];
}

/** The code or id of a value that an older link wrote as a name; the value itself otherwise. */
function fromName(value: string, pairs: OldForms['wojewodztwa'], isCode: (v: string) => boolean): string {
  if (!value || !pairs || isCode(value) || pairs.some(([code]) => code === value)) return value;
  return pairs.find(([, name]) => name === value)?.[0] ?? value;
}

export function filtersFromQuery(search: string, old: OldForms = {}): Filters {
  const params = new URLSearchParams(search);
  const f: Filters = { ...EMPTY_FILTERS };
  for (const key of TEXTS) f[key] = params.get(URL_PARAMS[key])?.trim() ?? '';
  for (const key of FLAGS) f[key] = params.get(URL_PARAMS[key]) === '1';
  f.wojewodztwo = fromName(f.wojewodztwo, old.wojewodztwa, (v) => /^\d{2}$/.test(v));
  f.type = fromName(f.type, old.types, () => false);
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
  for (const key of ['type', 'need', 'audience', 'language'] as const) if (f[key]) params.set(URL_PARAMS[key], f[key]);
  for (const key of FLAGS) if (f[key]) params.set(URL_PARAMS[key], '1');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A link to a filtered page (the directory unless said otherwise): `filterUrl({ need: 'ciaza' })` → `/placowki/?potrzeba=ciaza`. */
export function filterUrl(filters: Partial<Filters>, path: string = paths.directory): string {
  return `${path}${queryFromFilters({ ...EMPTY_FILTERS, ...filters })}`;
}
