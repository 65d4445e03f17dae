/**
 * The localities register (data/teryt/miejscowosci-2023.json) matched to the TERC gminas, one compact
 * file per województwo for "find my gmina by the village". Node only. A key that matches no gmina
 * stops the build: the register and TERC must be updated together.
 */
import { readFileSync } from 'node:fs';
import { buildLocalities, buildPlaceShards, type LocalityFile, type PlaceShard, type RawLocalities } from '../lib/regions/localities.ts';
import { paths } from '../lib/directory/paths.ts';
import { loadRegions, projectPath } from './reference.ts';

export const LOCALITIES_FILE = 'data/teryt/miejscowosci-2023.json';

let cache: Map<string, LocalityFile> | undefined;

/** By województwo code. */
export function loadLocalityFiles(): Map<string, LocalityFile> {
  if (cache) return cache;
  const built = buildLocalities(JSON.parse(readFileSync(projectPath(LOCALITIES_FILE), 'utf8')) as RawLocalities, loadRegions());
  if (built.unmatched.length)
    throw new Error(`${LOCALITIES_FILE}: ${built.unmatched.length} gmin(y) bez odpowiednika w rejestrze TERC, np. ${built.unmatched[0]}.`);
  cache = built.files;
  return cache;
}

let shards: Map<string, PlaceShard> | undefined;

/** Every locality of Poland by the first two letters of its name, with each gmina's page (src/lib/regions/localities.ts). */
export function loadPlaceShards(): Map<string, PlaceShard> {
  if (shards) return shards;
  const regions = loadRegions();
  shards = buildPlaceShards(loadLocalityFiles(), (code) => {
    const g = regions.gminy.get(code)!;
    const p = regions.powiaty.get(g.powiat)!;
    const w = regions.wojewodztwa.get(g.wojewodztwo)!;
    return { woj: w.name, url: paths.gmina(w.slug, p.slug, g.slug) };
  });
  return shards;
}
