/**
 * Fetches the search records (per województwo) and the meta file once, and filters them; shared by the
 * list (Preact) and the map (React): framework-free, and one module instance for all islands of a page.
 */
import { buildIndex, filterRecords, shardsFor, type Filters, type Hit, type SearchIndex } from '../../lib/search/filter.ts';
import type { SearchMeta } from '../../lib/search/meta.ts';
import { placeNames } from '../../lib/search/places.ts';
import type { SearchRecord } from '../../lib/search/record.ts';
import { paths } from '../../lib/directory/paths.ts';
import { getJson } from './get-json.ts';

let metaPromise: Promise<SearchMeta> | undefined;
const shardPromises = new Map<string, Promise<SearchRecord[]>>();
const indexes = new Map<string, Promise<SearchIndex>>();

export function loadMeta(): Promise<SearchMeta> {
  metaPromise ??= getJson<SearchMeta>(paths.searchMeta);
  return metaPromise;
}

function loadShard(shard: string): Promise<SearchRecord[]> {
  let p = shardPromises.get(shard);
  if (!p) {
    p = getJson<SearchRecord[]>(paths.searchRecords(shard));
    shardPromises.set(shard, p);
  }
  return p;
}

/**
 * The index for the records a filter needs (one województwo + national, or all), built once per set,
 * also when the list and the map ask for it at the same moment.
 */
export async function indexFor(f: Filters): Promise<SearchIndex> {
  const meta = await loadMeta();
  const shards = shardsFor(f, Object.keys(meta.shards).sort());
  const key = shards.join(',');
  let index = indexes.get(key);
  if (!index) {
    index = Promise.all(shards.map(loadShard)).then((parts) =>
      buildIndex(parts.flat(), { keywords: meta.keywords, places: placeNames(meta.gminy, meta.powiaty) }),
    );
    indexes.set(key, index);
  }
  return index;
}

let lastHits: { index: SearchIndex; filters: Filters; minute: number; hits: Hit[] } | undefined;

/**
 * The hits for a filter state, computed once when several islands ask for the same state (the map's
 * markers and its list): the same array back, so "new results" can be told by identity.
 */
export function hitsFor(index: SearchIndex, filters: Filters, now: Date): Hit[] {
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastHits && lastHits.index === index && lastHits.filters === filters && lastHits.minute === minute) return lastHits.hits;
  const hits = filterRecords(index, filters, now);
  lastHits = { index, filters, minute, hits };
  return hits;
}
