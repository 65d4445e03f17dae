/**
 * Which Pagefind index each searchable page goes into. One index for the whole country would make
 * every search download a list of all pages (about 190 kB at 30,000 entries) before the first
 * result, so the search is split by region:
 *  - "kraj": the pages every visitor may need (informator, helplines, other indexed pages) and the
 *    institutions that serve the whole country;
 *  - one index per województwo: all of "kraj" plus the institutions seated in that województwo.
 * One index answers any search in a region on its own: no merging of indexes in the browser.
 */
export const NATIONAL_INDEX = 'kraj';

export interface PlannedPage {
  /** the page's URL, e.g. /placowka/mops-dabrowa-bialostocka/ */
  url: string;
  /** the records file (recordShard) of the institution on this page; undefined for other pages */
  shard?: string;
}

/** Index name → URLs of the pages in it. Every index in `regions` exists, even when it holds only the national pages. */
export function planIndexes(pages: readonly PlannedPage[], regions: readonly string[]): Map<string, string[]> {
  const plan = new Map<string, string[]>([[NATIONAL_INDEX, []], ...regions.map((r): [string, string[]] => [r, []])]);
  for (const page of pages) {
    const own = page.shard && page.shard !== NATIONAL_INDEX ? plan.get(page.shard) : undefined;
    if (page.shard && page.shard !== NATIONAL_INDEX && !own) throw new Error(`Pagefind: nieznany region „${page.shard}” strony ${page.url}`);
    if (own) own.push(page.url);
    else for (const urls of plan.values()) urls.push(page.url);
  }
  return plan;
}
