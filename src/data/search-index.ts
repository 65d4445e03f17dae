/**
 * The data behind the instant filter and the map: search records split per województwo
 * (plus "kraj" for national services), and one small meta file with facet options and regions.
 * The meta file's keywords are Polish and Ukrainian: the instant filter understands both (src/lib/search/lexicon.ts).
 */
import { getAllEntries, getTaxonomies } from './directory.ts';
import { loadRegions } from './reference.ts';
import { recordShard, searchRecord, type SearchRecord } from '../lib/search/record.ts';
import type { SearchMeta } from '../lib/search/meta.ts';
import { mergeKeywords, translatedKeywords } from '../lib/search/lexicon.ts';
import { UKRAINIAN_FREE_WORDS, UKRAINIAN_STOP_WORDS } from '../lib/search/ukrainian.ts';

let cache: Promise<Map<string, SearchRecord[]>> | undefined;

export function recordShards(): Promise<Map<string, SearchRecord[]>> {
  cache ??= (async () => {
    const { types, needs } = await getTaxonomies();
    const names = { types: new Map(types.map((t) => [t.id, t.name])), needs: new Map(needs.map((t) => [t.id, t.name])) };
    const shards = new Map<string, SearchRecord[]>();
    for (const entry of await getAllEntries()) {
      if (entry.status === 'inactive') continue;
      const record = searchRecord(entry, names);
      const shard = recordShard(record);
      if (!shards.has(shard)) shards.set(shard, []);
      shards.get(shard)!.push(record);
    }
    return shards;
  })();
  return cache;
}

export async function searchMeta(): Promise<SearchMeta> {
  const shards = await recordShards();
  const regions = loadRegions();
  const { types, needs, audiences } = await getTaxonomies();
  const uk = await getTaxonomies('uk');
  const pairs = (terms: { id: string; name: string }[]) => terms.map((t) => [t.id, t.name] as [string, string]);
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'pl');
  return {
    shards: Object.fromEntries([...shards].map(([k, v]) => [k, v.length])),
    wojewodztwa: [...regions.wojewodztwa.values()].sort(byName).map((w) => [w.code, w.name]),
    powiaty: [...regions.powiaty.values()].sort((a, b) => a.name.localeCompare(b.name, 'pl')).map((p) => [p.code, p.label]),
    gminy: [...regions.gminy.values()].sort(byName).map((g) => [g.code, g.name, g.kind]),
    types: pairs(types),
    needs: pairs(needs),
    audiences: pairs(audiences),
    // Polish and Ukrainian, under the same term ids (see mergeKeywords), with the Ukrainian free and stop words
    keywords: mergeKeywords(
      { needs: keywordPairs(needs), types: keywordPairs(types), audiences: keywordPairs(audiences) },
      {
        needs: translatedKeywords(uk.needs),
        types: translatedKeywords(uk.types),
        audiences: translatedKeywords(uk.audiences),
        free: UKRAINIAN_FREE_WORDS,
        stop: UKRAINIAN_STOP_WORDS,
      },
    ),
  };
}

const keywordPairs = (terms: { id: string; keywords?: string[] }[]) =>
  terms.filter((t) => t.keywords?.length).map((t) => [t.id, t.keywords!] as [string, string[]]);

/** The small facet lists the directory island gets as props (the long region lists come with the meta file). */
export async function facetOptions() {
  const meta = await searchMeta();
  return { wojewodztwa: meta.wojewodztwa, types: meta.types, needs: meta.needs, audiences: meta.audiences };
}
