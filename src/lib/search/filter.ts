/**
 * The instant filter, shared by the directory list and the map: facets first (cheap), then text.
 * Text matching is normalised substring matching (every word of the query must occur); a word
 * that occurs nowhere is treated as a typo and replaced by its nearest words from the
 * vocabulary (Fuse.js over a few thousand distinct words, not over all entries).
 */
import Fuse from 'fuse.js';
import { warsawClock } from '../hours/open-now.ts';
import type { WeekSchedule } from '../hours/schedule.ts';
import { reach, SERVICE_AREAS } from '../regions/coverage.ts';
import { tokens } from './normalize.ts';
import type { SearchRecord } from './record.ts';

export interface Filters {
  q: string;
  wojewodztwo: string; // 2-digit code or ''
  powiat: string; // 4-digit code or ''
  gmina: string; // 7-digit code or ''
  type: string;
  need: string;
  audience: string;
  free: boolean;
  openNow: boolean;
  accessibility: boolean;
}

export const EMPTY_FILTERS: Filters = {
  q: '',
  wojewodztwo: '',
  powiat: '',
  gmina: '',
  type: '',
  need: '',
  audience: '',
  free: false,
  openNow: false,
  accessibility: false,
};

export interface Hit {
  record: SearchRecord;
  /** how the entry reaches the chosen area: 0 local … 3 national */
  reach: 0 | 1 | 2 | 3;
}

/** Records prepared once for fast matching: the vocabulary of all words, for typo tolerance. */
export interface SearchIndex {
  records: readonly SearchRecord[];
  vocabulary: string[];
  fuse?: Fuse<string>;
  nameLength: Int32Array;
  alternatives: Map<string, string[]>;
  /** The previous run, so typing one more letter filters only the previous hits. */
  last?: { facets: string; query: string; exact: boolean; indices: number[] };
}

export function buildIndex(records: readonly SearchRecord[]): SearchIndex {
  const words = new Set<string>();
  const nameLength = new Int32Array(records.length);
  records.forEach((r, i) => {
    const bar = r.k.indexOf(' | ');
    nameLength[i] = bar < 0 ? r.k.length : bar;
    for (const w of r.k.split(' ')) if (w.length > 2 && w !== '|') words.add(w);
  });
  return { records, vocabulary: [...words], nameLength, alternatives: new Map() };
}

/** What to look for instead of one query word: itself, or its nearest words when it occurs nowhere. */
export function alternativesFor(index: SearchIndex, word: string): string[] {
  const cached = index.alternatives.get(word);
  if (cached) return cached;
  let result = [word];
  if (word.length >= 4 && !index.vocabulary.some((v) => v.includes(word))) {
    index.fuse ??= new Fuse(index.vocabulary, { threshold: 0.34, includeScore: true });
    const near = index.fuse.search(word, { limit: 5 }).map((r) => r.item);
    if (near.length) result = near;
  }
  index.alternatives.set(word, result);
  return result;
}

/** How an entry reaches the chosen area, or null when it does not serve it. */
export function regionReach(record: SearchRecord, f: Pick<Filters, 'wojewodztwo' | 'powiat' | 'gmina'>): 0 | 1 | 2 | 3 | null {
  const placed = { gmina: record.g || undefined, serves: SERVICE_AREAS[record.s] };
  if (f.gmina) return reach(placed, f.gmina);
  if (record.s === 3) return 3;
  if (f.powiat) {
    if (record.g.startsWith(f.powiat)) return record.s === 0 ? 0 : 1;
    return record.s === 2 && record.g.slice(0, 2) === f.powiat.slice(0, 2) ? 2 : null;
  }
  if (f.wojewodztwo) return record.g.startsWith(f.wojewodztwo) ? (record.s === 2 ? 2 : record.s === 1 ? 1 : 0) : null;
  return record.s;
}

export function isActive(f: Filters): boolean {
  return Object.entries(f).some(([k, v]) => v !== EMPTY_FILTERS[k as keyof Filters]);
}

/**
 * The entries that match, best first: by reach when a region is chosen (local before national),
 * then entries whose name holds the words, then by name. `now` decides "open now".
 */
export function filterRecords(index: SearchIndex, f: Filters, now: Date): Hit[] {
  const query = tokens(f.q);
  const words = query.map((w) => alternativesFor(index, w));
  const exact = words.every((alts, i) => alts.length === 1 && alts[0] === query[i]);
  const normalized = query.join(' ');
  const facets = JSON.stringify({ ...f, q: '', now: f.openNow ? Math.floor(now.getTime() / 60_000) : 0 });
  // With exact words only, a longer query that starts with the previous one matches a subset of its hits.
  const last = index.last;
  const narrowing = last && last.exact && exact && last.facets === facets && normalized.startsWith(last.query) ? last.indices : null;
  const hits: (Hit & { nameScore: number; order: number })[] = [];
  const { records, nameLength } = index;
  const clock = f.openNow ? warsawClock(now) : null; // once per query, not per entry (Intl is slow)
  const count = narrowing ? narrowing.length : records.length;
  for (let j = 0; j < count; j++) {
    const i = narrowing ? narrowing[j]! : j;
    const r = records[i]!;
    if (f.type && r.t !== f.type) continue;
    if (f.need && !r.d.includes(f.need)) continue;
    if (f.audience && !r.a.includes(f.audience)) continue;
    if (f.free && !r.f) continue;
    if (f.accessibility && !r.x) continue;
    const rr = regionReach(r, f);
    if (rr === null) continue;
    let nameScore = 0;
    let ok = true;
    for (const alts of words) {
      let at = -1;
      for (const a of alts) {
        at = r.k.indexOf(a);
        if (at >= 0) break;
      }
      if (at < 0) {
        ok = false;
        break;
      }
      if (at < nameLength[i]!) nameScore++;
    }
    if (!ok) continue;
    if (f.openNow && !(r.w && openAt(r.w, clock!))) continue;
    hits.push({ record: r, reach: rr, nameScore, order: i });
  }
  index.last = { facets, query: normalized, exact, indices: hits.map((h) => h.order) };
  const byRegion = Boolean(f.gmina || f.powiat || f.wojewodztwo);
  hits.sort((a, b) => (byRegion ? a.reach - b.reach : 0) || b.nameScore - a.nameScore || a.order - b.order);
  return hits.map(({ record, reach }) => ({ record, reach }));
}

/** Open at this day and minute (the same rule as openState in src/lib/hours/open-now.ts, with the clock read once). */
function openAt(week: WeekSchedule, clock: { day: number; minutes: number }): boolean {
  return (week[clock.day] ?? []).some(([a, b]) => clock.minutes >= a && clock.minutes < b);
}

/** Which records files (see recordShard) a filter needs: one województwo and the national file, or all. */
export function shardsFor(f: Pick<Filters, 'wojewodztwo' | 'powiat' | 'gmina'>, all: readonly string[]): string[] {
  const woj = (f.gmina || f.powiat || f.wojewodztwo).slice(0, 2);
  return woj ? all.filter((s) => s === woj || s === 'kraj') : [...all];
}
