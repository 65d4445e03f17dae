/**
 * Loads Pagefind's own browser API from the built site on first use: one bundle per search index
 * ("kraj" or a województwo's TERYT code, see src/lib/search/pagefind-plan.ts), each loaded once.
 */
import { paths } from '../../lib/directory/paths.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  /** sections of the page (headings with an id) that hold the words */
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
  /** the page's headings and where they start (word positions) */
  anchors?: { id?: string; text?: string; location: number }[];
}
export interface PagefindApi {
  options(o: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; score?: number; words?: number[]; data(): Promise<PagefindResultData> }[]; unfilteredResultCount: number }>;
}

const apis = new Map<string, Promise<PagefindApi>>();

export function loadPagefind(index: string): Promise<PagefindApi> {
  let api = apis.get(index);
  if (!api) {
    api = (async () => {
      const pf = (await import(/* @vite-ignore */ `${paths.searchIndex(index)}pagefind.js`)) as PagefindApi;
      await pf.options({ excerptLength: 24 });
      await pf.init();
      return pf;
    })();
    // A failed load (e.g. offline) may be tried again later.
    api.catch(() => apis.delete(index));
    apis.set(index, api);
  }
  return api;
}
