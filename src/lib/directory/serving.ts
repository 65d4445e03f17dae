/** What serves a gmina: local entries first, then powiat, województwo and national ones. */
import { reach } from '../regions/coverage.ts';
import { fresherFirst } from '../freshness/freshness.ts';
import type { EntryView } from './view.ts';
import type { Reach } from '../../schemas/vocabulary.ts';

export interface Serving {
  entry: EntryView;
  reach: Reach;
}

const collator = new Intl.Collator('pl');

export function byName(a: EntryView, b: EntryView): number {
  return collator.compare(a.name, b.name);
}

/** For lists of one reach (a type across Poland, a powiat's entries): fresher data first, then by name. */
export function fresherThenName(a: EntryView, b: EntryView): number {
  return fresherFirst(a.freshness, b.freshness) || byName(a, b);
}

export function servingGmina(entries: readonly EntryView[], gminaCode: string): Serving[] {
  const out: Serving[] = [];
  for (const entry of entries) {
    if (entry.status === 'inactive') continue;
    const r = reach({ gmina: entry.place?.gmina.code, serves: entry.serves }, gminaCode);
    if (r !== null) out.push({ entry, reach: r });
  }
  // The emergency number comes first among national entries: it is the one to call when life is at risk.
  // Within one reach, fresher data ranks first: an entry last confirmed long ago is shown after the others.
  return out.sort(
    (a, b) =>
      a.reach - b.reach ||
      Number(b.entry.emergency) - Number(a.entry.emergency) ||
      fresherFirst(a.entry.freshness, b.entry.freshness) ||
      byName(a.entry, b.entry),
  );
}

/** Entries filed by the area they can reach, so a gmina looks only at its own candidates. */
export interface AreaIndex {
  byGmina: Map<string, EntryView[]>;
  byPowiat: Map<string, EntryView[]>;
  byWojewodztwo: Map<string, EntryView[]>;
  national: EntryView[];
}

function file(map: Map<string, EntryView[]>, key: string, entry: EntryView) {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export function areaIndex(entries: readonly EntryView[]): AreaIndex {
  const index: AreaIndex = { byGmina: new Map(), byPowiat: new Map(), byWojewodztwo: new Map(), national: [] };
  for (const entry of entries) {
    const code = entry.place?.gmina.code;
    if (code) file(index.byGmina, code, entry);
    if (entry.serves === 'kraj') index.national.push(entry);
    else if (code && entry.serves === 'powiat') file(index.byPowiat, code.slice(0, 4), entry);
    else if (code && entry.serves === 'wojewodztwo') file(index.byWojewodztwo, code.slice(0, 2), entry);
  }
  return index;
}

/** The same answer as servingGmina over all entries, from the index's candidates only. */
export function servingFromIndex(index: AreaIndex, gminaCode: string): Serving[] {
  const candidates = new Set([
    ...(index.byGmina.get(gminaCode) ?? []),
    ...(index.byPowiat.get(gminaCode.slice(0, 4)) ?? []),
    ...(index.byWojewodztwo.get(gminaCode.slice(0, 2)) ?? []),
    ...index.national,
  ]);
  return servingGmina([...candidates], gminaCode);
}
