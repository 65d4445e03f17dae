/**
 * The search record: the compact shape of an entry that the instant filter and the map fetch
 * (one JSON file per województwo, built at build time). Short keys keep 30k entries small.
 */
import { placeLabel, type EntryView } from '../directory/view.ts';
import { SERVICE_AREAS, type Reach } from '../../schemas/vocabulary.ts';
import type { WeekSchedule } from '../../formats/week.ts';
import { stems } from './stem.ts';
import { otherLanguages } from '../directory/languages.ts';

export interface SearchRecord {
  /** URL of the entry's page */
  u: string;
  /** name */
  n: string;
  /** type (taxonomy id) */
  t: string;
  /** TERYT gmina code of the seat, '' for national services without one */
  g: string;
  /** area served: index in SERVICE_AREAS (0 gmina … 3 whole country) */
  s: Reach;
  /** where, in words: "Dąbrowa Białostocka, powiat sokólski" */
  p: string;
  /** needs (taxonomy ids) */
  d: string[];
  /** audiences (taxonomy ids) */
  a: string[];
  /** 1 when at least one service is free of charge */
  f?: 1;
  /** 1 when the entry describes its accessibility */
  x?: 1;
  /** 1 for emergency helplines */
  e?: 1;
  /** opening hours as a week of minute ranges (no library needed in the browser) */
  w?: WeekSchedule;
  /** location: lat, lng, 1 when approximate */
  l?: [number, number, 0 | 1];
  /** first phone, for display */
  o?: string;
  /** services offered, in words */
  v: string[];
  /** text to match (searchText): the stems of the name, then "|" and the stems of the rest */
  k: string;
  /** languages the entry serves in besides Polish (ISO 639 codes); absent for Polish only, as most entries are */
  j?: string[];
  /** freshness date (ISO): the source document's date, else the verification date; fresher ranks first */
  r?: string;
}

export interface TermNames {
  types: ReadonlyMap<string, string>;
  needs: ReadonlyMap<string, string>;
}

export function searchRecord(entry: EntryView, names: TermNames): SearchRecord {
  const needs = [...new Set(entry.services.flatMap((s) => s.needs))];
  const audiences = [...new Set(entry.services.flatMap((s) => s.audiences))];
  const where = placeLabel(entry);
  const rest = [
    entry.shortName,
    names.types.get(entry.type),
    ...entry.services.flatMap((s) => [s.name, s.description]),
    ...needs.map((n) => names.needs.get(n)),
    entry.operator,
    where,
    entry.place?.gmina.name,
  ]
    .filter(Boolean)
    .join(' ');
  const record: SearchRecord = {
    u: entry.url,
    n: entry.name,
    t: entry.type,
    g: entry.place?.gmina.code ?? '',
    s: SERVICE_AREAS.indexOf(entry.serves) as SearchRecord['s'],
    p: where,
    d: needs,
    a: audiences,
    v: [...new Set(entry.services.map((s) => s.name))].filter((n) => n !== entry.name),
    k: searchText(entry.name, rest),
  };
  if (entry.services.some((s) => s.cost === 'free')) record.f = 1;
  if (entry.accessibility) record.x = 1;
  if (entry.emergency) record.e = 1;
  if (entry.week) record.w = entry.week;
  if (entry.location) record.l = [round(entry.location.lat), round(entry.location.lng), entry.location.precision === 'approximate' ? 1 : 0];
  if (entry.phones[0]) record.o = entry.phones[0].display;
  if (entry.freshness) record.r = entry.freshness;
  const languages = otherLanguages(entry.languages);
  if (languages.length) record.j = languages;
  return record;
}

/** The matching text of a record: the name's stems, " | ", the other distinct stems (src/lib/search/stem.ts). */
export function searchText(name: string, rest: string): string {
  const own = stems(name);
  const seen = new Set(own);
  const others = stems(rest).filter((w) => !seen.has(w) && (seen.add(w), true));
  return `${own.join(' ')} | ${others.join(' ')}`;
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * Which records file an entry belongs to: national services go to "kraj" (every region needs them),
 * the rest to their województwo's 2-digit code.
 */
export function recordShard(record: Pick<SearchRecord, 'g' | 's'>): string {
  return record.s === 3 || !record.g ? 'kraj' : record.g.slice(0, 2);
}
