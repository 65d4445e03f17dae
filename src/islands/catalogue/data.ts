/** The builder's data, fetched from this site only (never another origin), after the gmina is chosen. */
import { paths } from '../../lib/directory/paths.ts';
import type { CatalogueEntry } from '../../lib/catalogue/entries.ts';
import { expandGminy, type CompactGminy, type GminaOption } from '../../lib/catalogue/gminy.ts';

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

let gminy: Promise<GminaOption[]> | undefined;
export function loadGminy(): Promise<GminaOption[]> {
  gminy ??= json<CompactGminy>(paths.catalogueGminy).then(expandGminy);
  gminy.catch(() => (gminy = undefined));
  return gminy;
}

const entries = new Map<string, Promise<CatalogueEntry[]>>();
function cached(url: string): Promise<CatalogueEntry[]> {
  let p = entries.get(url);
  if (!p) {
    p = json<CatalogueEntry[]>(url);
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
