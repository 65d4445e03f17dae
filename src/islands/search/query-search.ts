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
 * The sections of a page (headings with an id, e.g. one helpline of the helplines page) that hold the
 * query's words: those that hold more of the words first, then those that hold them more often, then in
 * the page's order. Each search's own word positions (`words` of its result) decide, not the details'
 * `sub_results`, which Pagefind shares between the searches of one page (the last search's win).
 */
export function mergeSections(data: PagefindResultData, searches: readonly (readonly number[])[]): PagefindResultData {
  const anchors = (data.anchors ?? []).filter((a) => a.id).sort((a, b) => a.location - b.location);
  const known = new Map((data.sub_results ?? []).map((s) => [s.url, s]));
  const sections = anchors.map((anchor, i) => {
    const end = anchors[i + 1]?.location ?? Infinity;
    const inside = searches.map((positions) => positions.filter((p) => p >= anchor.location && p < end).length);
    const url = `${data.url}#${anchor.id}`;
    const section: Section = known.get(url) ?? { title: anchor.text ?? anchor.id!, url, excerpt: '' };
    return { section, words: inside.filter((n) => n > 0).length, hits: inside.reduce((a, b) => a + b, 0), order: i };
  });
  const found = sections.filter((s) => s.words > 0).sort((a, b) => b.words - a.words || b.hits - a.hits || a.order - b.order);
  return { ...data, sub_results: anchors.length ? found.map((s) => s.section) : data.sub_results };
}

/** One result per page, with its sections in the order above. */
const merged = (results: readonly Result[]): Result => ({
  ...results[0]!,
  data: () =>
    results[0]!.data().then((data) =>
      mergeSections(
        data,
        results.map((r) => r.words ?? []),
      ),
    ),
});

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
