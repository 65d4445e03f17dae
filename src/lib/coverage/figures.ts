/**
 * Coverage of the directory, per województwo and per powiat: how many entries have their seat there,
 * how many gminas have at least one local entry, which statutory kinds of institution still have no
 * real entry, and how many entries are older than 12 months. Computed once at build time
 * (src/data/coverage.ts); pure: entries, the register, the statutory kinds and today come in.
 */
import type { StatutoryKind as StatutoryKindFull } from '../../schemas/statutory.ts';
import { olderThan, STALE_AFTER_MONTHS } from '../freshness/freshness.ts';
import type { ServiceArea } from '../../schemas/vocabulary.ts';
import type { Regions } from '../regions/teryt.ts';

export interface CoverageEntry {
  /** TERYT gmina code of the seat; undefined for national services without one (not counted in any region). */
  gmina: string | undefined;
  serves: ServiceArea;
  type: string;
  status: 'active' | 'temporarily-closed' | 'inactive';
  /** Freshness date, ISO (src/lib/freshness). */
  freshness: string;
}

/** A kind of institution the law puts in every gmina or every powiat (content/statutory.yaml): what coverage needs of it. */
export type StatutoryKind = Pick<StatutoryKindFull, 'id' | 'type' | 'level' | 'name'>;

export interface Gap {
  kind: StatutoryKind;
  /** Gminas of the area without an entry of this kind (gmina-level kinds); 1 for a powiat-level kind. */
  missing: number;
  /** Where to add it: the first such gmina (gmina-level kinds) or the powiat (4 digits). */
  place: string;
}

export interface AreaFigures {
  code: string;
  name: string;
  slug: string;
  /** Entries with their seat in the area (closed ones left out). */
  entries: number;
  /** Of these, entries whose data is older than 12 months. */
  stale: number;
  gminas: number;
  /** Gminas with at least one entry seated in them. */
  gminasWithLocal: number;
  gaps: Gap[];
}

export interface WojewodztwoFigures extends AreaFigures {
  powiaty: AreaFigures[];
}

export interface CoverageFigures {
  today: string;
  wojewodztwa: WojewodztwoFigures[];
  total: Omit<AreaFigures, 'code' | 'name' | 'slug' | 'gaps'> & { national: number };
}

const collator = new Intl.Collator('pl');

function gapsOf(kinds: readonly StatutoryKind[], gminas: readonly string[], powiat: string | undefined, typesIn: (area: string) => ReadonlySet<string>): Gap[] {
  const gaps: Gap[] = [];
  for (const kind of kinds) {
    if (kind.level === 'gmina') {
      const without = gminas.filter((g) => !typesIn(g).has(kind.type));
      if (without.length) gaps.push({ kind, missing: without.length, place: without[0]! });
    } else if (powiat && !typesIn(powiat).has(kind.type)) {
      gaps.push({ kind, missing: 1, place: powiat });
    }
  }
  return gaps;
}

export function coverageFigures(entries: readonly CoverageEntry[], regions: Regions, statutory: readonly StatutoryKind[], today: string): CoverageFigures {
  const listed = entries.filter((e) => e.status !== 'inactive');
  const count = new Map<string, { entries: number; stale: number }>();
  const types = new Map<string, Set<string>>();
  const add = (key: string, stale: boolean, type: string) => {
    const c = count.get(key) ?? { entries: 0, stale: 0 };
    c.entries++;
    if (stale) c.stale++;
    count.set(key, c);
    let t = types.get(key);
    if (!t) types.set(key, (t = new Set()));
    t.add(type);
  };
  for (const e of listed) {
    if (!e.gmina) continue;
    const stale = olderThan(e.freshness, today, STALE_AFTER_MONTHS);
    for (const key of [e.gmina, e.gmina.slice(0, 4), e.gmina.slice(0, 2)]) add(key, stale, e.type);
  }
  const typesIn = (area: string) => types.get(area) ?? new Set<string>();
  const gminasByPowiat = new Map<string, string[]>();
  for (const g of regions.gminy.values()) gminasByPowiat.set(g.powiat, [...(gminasByPowiat.get(g.powiat) ?? []), g.code]);

  const area = (code: string, name: string, slug: string, gminas: readonly string[], gaps: Gap[]): AreaFigures => ({
    code,
    name,
    slug,
    entries: count.get(code)?.entries ?? 0,
    stale: count.get(code)?.stale ?? 0,
    gminas: gminas.length,
    gminasWithLocal: gminas.filter((g) => count.has(g)).length,
    gaps,
  });

  const wojewodztwa = [...regions.wojewodztwa.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((w) => {
      const powiaty = [...regions.powiaty.values()]
        .filter((p) => p.wojewodztwo === w.code)
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((p) => {
          const gminas = gminasByPowiat.get(p.code) ?? [];
          return area(p.code, p.label, p.slug, gminas, gapsOf(statutory, gminas, p.code, typesIn));
        });
      const gminas = powiaty.flatMap((p) => gminasByPowiat.get(p.code) ?? []);
      const gaps = statutory
        .map((kind) => {
          const inPowiaty = powiaty.flatMap((p) => p.gaps.filter((g) => g.kind.id === kind.id));
          return inPowiaty.length ? { kind, missing: inPowiaty.reduce((s, g) => s + g.missing, 0), place: inPowiaty[0]!.place } : undefined;
        })
        .filter((g): g is Gap => !!g);
      return { ...area(w.code, w.name, w.slug, gminas, gaps), powiaty };
    });

  const sum = (key: 'entries' | 'stale' | 'gminas' | 'gminasWithLocal') => wojewodztwa.reduce((s, w) => s + w[key], 0);
  return {
    today,
    wojewodztwa,
    total: {
      entries: sum('entries'),
      stale: sum('stale'),
      gminas: sum('gminas'),
      gminasWithLocal: sum('gminasWithLocal'),
      national: listed.filter((e) => !e.gmina).length,
    },
  };
}

/** Shade of an area on the map: 0 no entry, 1 one to four, 2 five to fourteen, 3 fifteen or more. */
export const SHADE_LIMITS = [1, 5, 15] as const;
export function shadeOf(entries: number): 0 | 1 | 2 | 3 {
  return entries >= SHADE_LIMITS[2] ? 3 : entries >= SHADE_LIMITS[1] ? 2 : entries >= SHADE_LIMITS[0] ? 1 : 0;
}

/** Hatched on the map: more than half of the area's entries are older than 12 months. */
export const mostlyStale = (a: Pick<AreaFigures, 'entries' | 'stale'>) => a.entries > 0 && a.stale * 2 > a.entries;
