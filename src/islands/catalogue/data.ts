/** The builder's data, fetched from this site only (never another origin), after the gmina is chosen. */
import { paths } from '../../lib/directory/paths.ts';
import { getJson } from '../../lib/get-json.ts';
import type { CatalogueEntry } from '../../lib/catalogue/entries.ts';
import { expandGminy, type CompactGminy, type GminaOption } from '../../lib/catalogue/gminy.ts';

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

/** The entries of the gmina's województwo and the national ones. */
export async function loadEntries(wojSlug: string): Promise<CatalogueEntry[]> {
  const [regional, national] = await Promise.all([cached(paths.catalogueData(wojSlug)), cached(paths.catalogueNational)]);
  return [...regional, ...national];
}
