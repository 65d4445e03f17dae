/**
 * Places named in a query ("asystent rodziny wejherowo", "mops kedzierzyn", "pomoc w wejherowie"):
 * gmina and powiat names of the TERYT register, matched by stems (see stem.ts), so inflected forms work.
 * The names come as a plain list, so other sources (e.g. villages, each with its gmina) can join it.
 */
import { stem, stems } from './stem.ts';

export type PlaceKind = 'gmina' | 'powiat';

export interface PlaceName {
  /** the name as written: "Wejherowo", "powiat sokólski", "Kędzierzyn-Koźle" */
  name: string;
  kind: PlaceKind;
  /** TERYT codes: 7-digit gminy or 4-digit powiat */
  code: string;
}

/** The gmina and powiat names the site already ships (SearchMeta: [code, name, kind] and [code, label]). */
export function placeNames(gminy: readonly [string, string, string][], powiaty: readonly [string, string][]): PlaceName[] {
  return [
    ...gminy.map(([code, name]): PlaceName => ({ name, kind: 'gmina', code })),
    ...powiaty.map(([code, label]): PlaceName => ({ name: label, kind: 'powiat', code })),
  ];
}

export interface Place {
  kind: PlaceKind;
  /** the name to show */
  name: string;
  /** every unit of that name (two gminy may share one, e.g. Wejherowo town and rural) */
  codes: string[];
  /** the names of those units, when they differ ("Dąbrowa", "Dąbrowa Białostocka") */
  names: string[];
}

export interface PlaceIndex {
  byKey: Map<string, Place>;
  /** longest name, in words */
  longest: number;
}

/** "powiat sokólski" is found by "sokólski" (and "powiat sokólski"); "powiat m. Białystok" by "Białystok". */
function keysOf(p: PlaceName): string[][] {
  const words = stems(p.kind === 'powiat' ? p.name.replace(/^powiat\s+(m\.\s*)?/i, '') : p.name);
  if (words.length === 0) return [];
  const keys = [words];
  // A double name is often typed by its first part: "Kędzierzyn" for Kędzierzyn-Koźle.
  if (/-/.test(p.name) && words.length > 1 && words[0]!.length >= 5) keys.push([words[0]!]);
  return keys;
}

export function buildPlaceIndex(names: readonly PlaceName[]): PlaceIndex {
  const byKey = new Map<string, Place>();
  let longest = 1;
  // Gminy first: "Białystok" the gmina wins over "powiat m. Białystok".
  const ordered = [...names].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'gmina' ? -1 : 1));
  for (const p of ordered) {
    const keys = keysOf(p);
    // "Dąbrowa" names the gmina Dąbrowa, but people also mean Dąbrowa Białostocka or Dąbrowa Górnicza by it:
    // a multi-word name joins the place of its first word when a unit of that one-word name exists.
    const first = keys[0]!.length > 1 && names.some((o) => o.kind === p.kind && stems(o.name).join(' ') === keys[0]![0]) ? [[keys[0]![0]!]] : [];
    for (const key of [...keys, ...first]) {
      const k = key.join(' ');
      longest = Math.max(longest, key.length);
      const known = byKey.get(k);
      if (!known) byKey.set(k, { kind: p.kind, name: p.name, codes: [p.code], names: [p.name] });
      else if (known.kind === p.kind && !known.codes.includes(p.code)) {
        known.codes.push(p.code);
        if (!known.names.includes(p.name)) known.names.push(p.name);
      }
    }
  }
  return { byKey, longest };
}

export interface FoundPlace {
  place: Place;
  /** positions of the query words that name it */
  at: number[];
}

/**
 * The first place named by consecutive query stems (longer names first). `reserved` words never name a
 * place on their own (keywords and stop words: "dobre" is a gmina, but in a query it is a word), and a
 * one-word place needs at least 4 letters. "powiat" before a powiat name is part of it.
 */
export function findPlace(queryStems: readonly string[], index: PlaceIndex, reserved: (stem: string) => boolean): FoundPlace | null {
  for (let len = Math.min(index.longest, queryStems.length); len >= 1; len--) {
    for (let i = 0; i + len <= queryStems.length; i++) {
      const span = queryStems.slice(i, i + len);
      if (len === 1 && (span[0]!.length < 4 || reserved(span[0]!))) continue;
      const place = index.byKey.get(span.join(' '));
      if (!place) continue;
      const at = span.map((_, j) => i + j);
      if (place.kind === 'powiat' && i > 0 && queryStems[i - 1] === stem('powiat')) at.unshift(i - 1);
      return { place, at };
    }
  }
  return null;
}

/** Where the search looks, in words: "w gminie Wejherowo", "w powiecie sokólskim". */
export function placeLabel(place: Place): string {
  if (place.kind === 'gmina')
    return place.names.length > 1 ? `w gminach: ${[...place.names].sort((a, b) => a.localeCompare(b, 'pl')).join(', ')}` : `w gminie ${place.name}`;
  const adjective = place.name.match(/^powiat\s+(\S+(?:ski|cki|zki))$/i)?.[1];
  return adjective ? `w powiecie ${adjective}m` : `na obszarze: ${place.name}`;
}
