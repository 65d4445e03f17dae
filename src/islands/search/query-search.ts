/**
 * A query as families type it, run through Pagefind: the stop words dropped, each meaningful word (or
 * keyword phrase, or the place named) searched on its own, and the pages ranked by how many of the words
 * they match, then by Pagefind's score. A sentence ("mąż pije, co robić") still finds what matches part of
 * it, where one search for all words at once finds only pages with every word.
 */
import type { QueryAnalysis } from '../../lib/search/query.ts';
import type { PagefindApi, PagefindResultData } from './pagefind.ts';

type Result = Awaited<ReturnType<PagefindApi['search']>>['results'][number];
type Section = NonNullable<PagefindResultData['sub_results']>[number];

/**
 * One page found by several of the query's words: its details from each search, with the sections
 * (headings with an id, e.g. one helpline of the helplines page) of all of them, those that hold more of
 * the words first, then those that hold them more often. Pagefind gives each search's sections alone.
 */
export function mergeSections(found: readonly PagefindResultData[]): PagefindResultData {
  const byUrl = new Map<string, { section: Section; words: number }>();
  for (const data of found) {
    for (const section of data.sub_results ?? []) {
      const seen = byUrl.get(section.url);
      if (seen) {
        seen.words++;
        seen.section = { ...seen.section, locations: [...(seen.section.locations ?? []), ...(section.locations ?? [])] };
      } else byUrl.set(section.url, { section, words: 1 });
    }
  }
  const sections = [...byUrl.values()].sort((a, b) => b.words - a.words || (b.section.locations?.length ?? 0) - (a.section.locations?.length ?? 0));
  return { ...found[0]!, sub_results: sections.map((s) => s.section) };
}

/** One result per page, its sections in the order above. */
const merged = (results: readonly Result[]): Result => ({ ...results[0]!, data: () => Promise.all(results.map((r) => r.data())).then(mergeSections) });

/** The separate searches for one query: its terms, then the place named in it. */
export function searchWordsOf(analysis: QueryAnalysis): string[] {
  const words = analysis.terms.map((t) => t.word);
  if (analysis.placeWords.length) words.push(analysis.placeWords.join(' '));
  return [...new Set(words)];
}

export async function searchQuery(pf: PagefindApi, q: string, analysis: QueryAnalysis | null, filters: Record<string, string>): Promise<Result[]> {
  const words = analysis ? searchWordsOf(analysis) : [];
  if (words.length <= 1) return (await pf.search(words[0] ?? (q.trim() || null), { filters })).results.map((r) => merged([r]));
  const found = new Map<string, { results: Result[]; score: number }>();
  for (const { results } of await Promise.all(words.map((w) => pf.search(w, { filters })))) {
    for (const r of results) {
      const seen = found.get(r.id);
      if (seen) {
        seen.results.push(r);
        seen.score += r.score ?? 0;
      } else found.set(r.id, { results: [r], score: r.score ?? 0 });
    }
  }
  return [...found.values()].sort((a, b) => b.results.length - a.results.length || b.score - a.score).map((x) => merged(x.results));
}
