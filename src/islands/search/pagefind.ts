/** Loads Pagefind's own browser API from the built site (/pagefind/pagefind.js) on first use. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindApi {
  options(o: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[]; unfilteredResultCount: number }>;
}

let api: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  })();
  return api;
}
