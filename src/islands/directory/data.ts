/** Fetches the search records (per województwo) and the meta file once; shared by the list and the map. */
import { buildIndex, shardsFor, type Filters, type SearchIndex } from '../../lib/search/filter.ts';
import type { SearchMeta } from '../../lib/search/meta.ts';
import type { SearchRecord } from '../../lib/search/record.ts';
import { paths } from '../../lib/directory/paths.ts';

let metaPromise: Promise<SearchMeta> | undefined;
const shardPromises = new Map<string, Promise<SearchRecord[]>>();
const indexes = new Map<string, SearchIndex>();

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

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

/** The index for the records a filter needs (one województwo + national, or all), built once per set. */
export async function indexFor(f: Filters): Promise<SearchIndex> {
  const meta = await loadMeta();
  const shards = shardsFor(f, Object.keys(meta.shards).sort());
  const key = shards.join(',');
  let index = indexes.get(key);
  if (!index) {
    const parts = await Promise.all(shards.map(loadShard));
    index = buildIndex(parts.flat());
    indexes.set(key, index);
  }
  return index;
}
