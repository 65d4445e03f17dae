/**
 * A query as families type it, run through Pagefind: the stop words dropped, each meaningful word (or
 * keyword phrase, or the place named) searched on its own, and the pages ranked by how many of the words
 * they match, then by Pagefind's score. A sentence ("mąż pije, co robić") still finds what matches part of
 * it, where one search for all words at once finds only pages with every word.
 */
import type { QueryAnalysis } from '../../lib/search/query.ts';
import type { PagefindApi } from './pagefind.ts';

type Result = Awaited<ReturnType<PagefindApi['search']>>['results'][number];

/** The separate searches for one query: its terms, then the place named in it. */
export function searchWordsOf(analysis: QueryAnalysis): string[] {
  const words = analysis.terms.map((t) => t.word);
  if (analysis.placeWords.length) words.push(analysis.placeWords.join(' '));
  return [...new Set(words)];
}

export async function searchQuery(pf: PagefindApi, q: string, analysis: QueryAnalysis | null, filters: Record<string, string>): Promise<Result[]> {
  const words = analysis ? searchWordsOf(analysis) : [];
  if (words.length <= 1) return (await pf.search(words[0] ?? (q.trim() || null), { filters })).results;
  const found = new Map<string, { result: Result; count: number; score: number }>();
  for (const { results } of await Promise.all(words.map((w) => pf.search(w, { filters })))) {
    for (const r of results) {
      const seen = found.get(r.id);
      if (seen) {
        seen.count++;
        seen.score += r.score ?? 0;
      } else found.set(r.id, { result: r, count: 1, score: r.score ?? 0 });
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || b.score - a.score).map((x) => x.result);
}
