/**
 * The compact gmina list for the builder's gmina picker (about 2,500 gminas, names with powiat and
 * województwo), made from the TERYT register at build time, and the type-ahead search over it.
 */
import type { Regions } from '../regions/teryt.ts';
import type { GminaRef } from './model.ts';
import { fold } from './suggest.ts';

export interface CompactGminy {
  /** [code, name, slug] */
  w: [string, string, string][];
  /** [code, label] */
  p: [string, string][];
  /** [code, name, kind] */
  g: [string, string, string][];
}

export interface GminaOption extends GminaRef {
  kind: string;
}

export function compactGminy(regions: Regions): CompactGminy {
  return {
    w: [...regions.wojewodztwa.values()].map((w) => [w.code, w.name, w.slug]),
    p: [...regions.powiaty.values()].map((p) => [p.code, p.label]),
    g: [...regions.gminy.values()].map((g) => [g.code, g.name, g.kind]),
  };
}

export function expandGminy(data: CompactGminy): GminaOption[] {
  const woj = new Map(data.w.map(([code, name, slug]) => [code, { name, slug }]));
  const pow = new Map(data.p);
  return data.g.map(([code, name, kind]) => {
    const w = woj.get(code.slice(0, 2));
    return { code, name, kind, powiat: pow.get(code.slice(0, 4)) ?? '', wojewodztwo: w?.name ?? '', wojSlug: w?.slug ?? '' };
  });
}

/** Gminas whose name starts with the query first, then those that contain it; Polish letters optional. */
export function searchGminy(options: readonly GminaOption[], query: string, limit = 12): GminaOption[] {
  const q = fold(query.trim());
  if (!q) return [];
  const starts: GminaOption[] = [];
  const contains: GminaOption[] = [];
  for (const o of options) {
    const name = fold(o.name);
    if (name.startsWith(q)) starts.push(o);
    else if (name.includes(q)) contains.push(o);
  }
  const byName = (a: GminaOption, b: GminaOption) => a.name.localeCompare(b.name, 'pl') || a.powiat.localeCompare(b.powiat, 'pl');
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, limit);
}

export function gminaRef(o: GminaOption): GminaRef {
  return { code: o.code, name: o.name, powiat: o.powiat, wojewodztwo: o.wojewodztwo, wojSlug: o.wojSlug };
}
