/** Region pages: which województwa, powiaty and gminy exist and how many entries each has. */
import { loadRegions } from './reference.ts';
import { getInstitutions } from './directory.ts';

let cache: ReturnType<typeof countRegions> | undefined;
/** Counted once per build: every region page asks. */
export function regionCounts() {
  cache ??= countRegions();
  return cache;
}

async function countRegions() {
  const institutions = await getInstitutions();
  const count = (key: (code: string) => string) => {
    const m = new Map<string, number>();
    for (const e of institutions) if (e.place) m.set(key(e.place.gmina.code), (m.get(key(e.place.gmina.code)) ?? 0) + 1);
    return m;
  };
  return {
    regions: loadRegions(),
    byWojewodztwo: count((c) => c.slice(0, 2)),
    byPowiat: count((c) => c.slice(0, 4)),
    byGmina: count((c) => c),
  };
}
