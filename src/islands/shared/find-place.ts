/**
 * The browser's "find my gmina by the village": the one lookup used by the directory's filter, the home
 * page and the contribution form. Fetches only the file of the query's first two letters (once per
 * page), never the whole register; framework-free, so Preact, React and a plain script share it.
 */
import { paths } from '../../lib/directory/paths.ts';
import { getJson } from './get-json.ts';
import { indexPlaces, placeShardKey, searchPlaces, type PlaceHit, type PlaceIndex, type PlaceShard } from '../../lib/regions/localities.ts';

const EMPTY: PlaceShard = { g: [], m: [], w: [], u: [] };
const loaded = new Map<string, Promise<PlaceIndex>>();

function shard(key: string): Promise<PlaceIndex> {
  let p = loaded.get(key);
  if (!p) {
    // No file for two letters no locality starts with: nothing found, not an error.
    p = getJson<PlaceShard>(paths.placeShard(key), { missing: EMPTY }).then(indexPlaces);
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return p;
}

export interface FoundPlaces {
  query: string;
  /** every locality of exactly that name (one per gmina it lies in) */
  exact: PlaceHit[];
  /** localities whose name starts with the query, for a name still being typed */
  others: PlaceHit[];
}

/** Localities for a query of at least two letters; rejects when the file cannot be fetched. */
export async function findPlaces(query: string, limit = 10): Promise<FoundPlaces> {
  const key = placeShardKey(query);
  if (!key) return { query, exact: [], others: [] };
  return { query, ...searchPlaces(await shard(key), query, limit) };
}
