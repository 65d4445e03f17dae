/**
 * How a query is read before Pagefind searches it, by the language of the pages searched. Polish pages: the Polish
 * query analysis (src/lib/search/query.ts: stop words, stems, keyword phrases, places). Other pages (the Ukrainian
 * articles): none of it, since it folds letters the Polish way (Cyrillic "й" becomes "и", "ї" becomes "і") and knows
 * only Polish stop words and place names; the query goes to Pagefind as typed, beside its Cyrillic reading when typed
 * in Latin letters (each searched on its own, merged by searchQuery).
 */
import type { Lang } from '../../i18n/langs.ts';
import { analyzeQuery, type QueryAnalysis, type QueryContext } from '../../lib/search/query.ts';
import { toCyrillic } from './transliterate.ts';

export function analysisFor(q: string, searched: Lang, context: QueryContext | null): QueryAnalysis | null {
  if (searched === 'pl') return context ? analyzeQuery(q, context) : null;
  const typed = q.trim();
  const cyrillic = toCyrillic(typed);
  if (!cyrillic || cyrillic === typed) return null;
  return { terms: [typed, cyrillic].map((word) => ({ word, stem: '', last: true })), place: null, placeWords: [], need: null };
}
