/** The builder's data, fetched from this site only (never another origin), after the gmina is chosen. */
import { paths } from '../../lib/directory/paths.ts';
import { getJson } from '../shared/get-json.ts';
import type { CatalogueEntry } from '../../lib/catalogue/entries.ts';
import { expandGminy, type CompactGminy, type GminaOption } from '../../lib/catalogue/gminy.ts';
import { indexLocalities, type LocalityFile, type LocalityIndex } from '../../lib/regions/localities.ts';
import { genericEntries, type GminaWords, type StatutoryTemplate } from '../../lib/catalogue/statutory.ts';

let gminy: Promise<GminaOption[]> | undefined;
export function loadGminy(): Promise<GminaOption[]> {
  gminy ??= getJson<CompactGminy>(paths.catalogueGminy).then(expandGminy);
  gminy.catch(() => (gminy = undefined));
  return gminy;
}

const entries = new Map<string, Promise<CatalogueEntry[]>>();
function cached(url: string): Promise<CatalogueEntry[]> {
  let p = entries.get(url);
  if (!p) {
    p = getJson<CatalogueEntry[]>(url);
    p.catch(() => entries.delete(url));
    entries.set(url, p);
  }
  return p;
}

let statutory: Promise<StatutoryTemplate[]> | undefined;
function loadStatutory(): Promise<StatutoryTemplate[]> {
  statutory ??= getJson<StatutoryTemplate[]>(paths.catalogueStatutory);
  statutory.catch(() => (statutory = undefined));
  return statutory;
}

/** The entries of the gmina's województwo and the national ones, and a generic card for each statutory kind the gmina has no entry of. */
export async function loadEntries(gmina: GminaWords & { wojSlug: string }): Promise<CatalogueEntry[]> {
  // Without the statutory file (e.g. offline with an old cache) the real entries still come: no generic cards then.
  const [regional, national, templates] = await Promise.all([
    cached(paths.catalogueData(gmina.wojSlug)),
    cached(paths.catalogueNational),
    loadStatutory().catch(() => [] as StatutoryTemplate[]),
  ]);
  const real = [...regional, ...national];
  return [...real, ...genericEntries(templates, real, gmina)];
}

const localities = new Map<string, Promise<LocalityIndex>>();
/** One województwo's towns and villages, fetched when the person chooses it to search by a locality name. */
export function loadLocalities(wojSlug: string): Promise<LocalityIndex> {
  let p = localities.get(wojSlug);
  if (!p) {
    p = getJson<LocalityFile>(paths.localities(wojSlug)).then(indexLocalities);
    p.catch(() => localities.delete(wojSlug));
    localities.set(wojSlug, p);
  }
  return p;
}
