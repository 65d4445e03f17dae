/**
 * The localities register (data/teryt/miejscowosci-2023.json) matched to the TERC gminas, one compact
 * file per województwo for "find my gmina by the village". Node only. A key that matches no gmina
 * stops the build: the register and TERC must be updated together.
 */
import { readFileSync } from 'node:fs';
import { buildLocalities, type LocalityFile, type RawLocalities } from '../lib/regions/localities.ts';
import { loadRegions, projectPath } from './reference.ts';

export const LOCALITIES_FILE = 'data/teryt/miejscowosci-2023.json';

let cache: Map<string, LocalityFile> | undefined;

/** By województwo code. */
export function loadLocalityFiles(): Map<string, LocalityFile> {
  if (cache) return cache;
  const built = buildLocalities(JSON.parse(readFileSync(projectPath(LOCALITIES_FILE), 'utf8')) as RawLocalities, loadRegions());
  if (built.unmatched.length) throw new Error(`${LOCALITIES_FILE}: ${built.unmatched.length} gmin(y) bez odpowiednika w rejestrze TERC, np. ${built.unmatched[0]}.`);
  cache = built.files;
  return cache;
}
