/**
 * What the full-text search needs to understand a query: the taxonomy's keywords and the place names,
 * from the directory's meta file (/indeks/meta.json), fetched once on the first search.
 */
import { paths } from '../../lib/directory/paths.ts';
import { getJson } from '../shared/get-json.ts';
import { buildLexicon } from '../../lib/search/lexicon.ts';
import type { SearchMeta } from '../../lib/search/meta.ts';
import { buildPlaceIndex, placeNames } from '../../lib/search/places.ts';
import type { QueryContext } from '../../lib/search/query.ts';

let context: Promise<QueryContext> | undefined;

export function loadQueryContext(): Promise<QueryContext> {
  context ??= getJson<SearchMeta>(paths.searchMeta).then((meta) => ({
    lexicon: buildLexicon(meta.keywords),
    places: buildPlaceIndex(placeNames(meta.gminy, meta.powiaty)),
  }));
  // A failed load (e.g. offline) may be tried again.
  context.catch(() => (context = undefined));
  return context;
}
