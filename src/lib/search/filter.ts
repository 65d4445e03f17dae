/**
 * The instant filter, shared by the directory list and the map: facets, then the query's meaningful words
 * (src/lib/search/query.ts). An entry matches a word when one of its words has the same stem, when the
 * word begins one of its words, or when the word is a keyword of one of its needs, of its type or of its audiences. Entries
 * that match more of the words come first: a whole sentence still finds what matches part of it. A word
 * that matches nothing is taken for a typo and replaced by its nearest words (Fuse.js over the
 * vocabulary, a few thousand words, not over all entries).
 *
 * Matching goes through an inverted index built once per set of records: a keystroke costs what its
 * words match, not a pass over every entry's text.
 */
import Fuse from 'fuse.js/basic'; // fuzzy matching of single words only: no extended search needed
import { warsawClock } from '../hours/open-now.ts';
import type { WeekSchedule } from '../../formats/week.ts';
import { reach } from '../regions/coverage.ts';
import { SERVICE_AREAS, type Reach } from '../../schemas/vocabulary.ts';
import { buildLexicon, type KeywordLists, type Lexicon, type Meaning } from './lexicon.ts';
import { buildPlaceIndex, type Place, type PlaceIndex, type PlaceName } from './places.ts';
import { analyzeQuery, type QueryAnalysis, type Term } from './query.ts';
import type { SearchRecord } from './record.ts';

export { EMPTY_FILTERS, type Filters } from './filter-state.ts';
import { EMPTY_FILTERS, type Filters } from './filter-state.ts';

export interface Hit {
  record: SearchRecord;
  /** how the entry reaches the chosen area: 0 local … 3 national */
  reach: Reach;
}

/** What the index knows besides the records: the taxonomy's keywords and the names of places. */
export interface IndexExtras {
  keywords?: KeywordLists;
  places?: readonly PlaceName[];
}

/** Records prepared once for fast matching. */
export interface SearchIndex {
  records: readonly SearchRecord[];
  /** distinct words (stems) of all records, sorted */
  vocabulary: string[];
  /** per word of `vocabulary`: record index × 2, + 1 when the word is in the entry's name */
  postings: Int32Array[];
  byNeed: Map<string, number[]>;
  byType: Map<string, number[]>;
  byAudience: Map<string, number[]>;
  free: number[];
  /** records in their order among equals: most recently verified first (the record's `r` date), then as given */
  byRank: Int32Array;
  /** record index → its position in byRank */
  rankOf: Int32Array;
  lexicon: Lexicon;
  places?: PlaceIndex;
  fuse?: Fuse<string>;
  analyses: Map<string, QueryAnalysis>;
  alternatives: Map<string, string[]>;
}

const push = <K>(map: Map<K, number[]>, key: K, value: number) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function buildIndex(records: readonly SearchRecord[], extras: IndexExtras = {}): SearchIndex {
  const words = new Map<string, number[]>();
  const byNeed = new Map<string, number[]>();
  const byType = new Map<string, number[]>();
  const byAudience = new Map<string, number[]>();
  const free: number[] = [];
  const fresh = new Int32Array(records.length);
  records.forEach((r, i) => {
    const bar = r.k.indexOf('|');
    const seen = new Set<string>();
    const add = (text: string, inName: boolean) => {
      for (const w of text.split(' ')) {
        if (!w || seen.has(w)) continue;
        seen.add(w);
        push(words, w, i * 2 + (inName ? 1 : 0));
      }
    };
    add(bar < 0 ? r.k : r.k.slice(0, bar), true);
    if (bar >= 0) add(r.k.slice(bar + 1), false);
    for (const n of r.d) push(byNeed, n, i);
    push(byType, r.t, i);
    for (const a of r.a) push(byAudience, a, i);
    if (r.f) free.push(i);
    const verified = (r as SearchRecord & { r?: string }).r; // freshness date, when the record carries one
    const day = verified ? Math.floor(Date.parse(verified) / 86_400_000) : 0;
    fresh[i] = Number.isFinite(day) && day > 0 ? day : 0;
  });
  const vocabulary = [...words.keys()].sort();
  const byRank = Int32Array.from(records.keys()).sort((a, b) => fresh[b]! - fresh[a]! || a - b);
  const rankOf = new Int32Array(records.length);
  byRank.forEach((record, rank) => (rankOf[record] = rank));
  return {
    records,
    vocabulary,
    postings: vocabulary.map((w) => Int32Array.from(words.get(w)!)),
    byNeed,
    byType,
    byAudience,
    free,
    byRank,
    rankOf,
    lexicon: buildLexicon(extras.keywords ?? { needs: [], types: [] }),
    places: extras.places ? buildPlaceIndex(extras.places) : undefined,
    analyses: new Map(),
    alternatives: new Map(),
  };
}

/** The query's meaning (cached per text). */
export function analyze(index: SearchIndex, q: string): QueryAnalysis {
  let a = index.analyses.get(q);
  if (!a) {
    a = analyzeQuery(q, { lexicon: index.lexicon, places: index.places });
    if (index.analyses.size > 200) index.analyses.clear();
    index.analyses.set(q, a);
  }
  return a;
}

/** First position in the sorted vocabulary whose word is ≥ w. */
function lowerBound(vocabulary: readonly string[], w: string): number {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocabulary[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Vocabulary positions a term's text matches: the same stem, or (for a word of 5+ letters or the last one) words it begins. */
function textMatches(index: SearchIndex, term: Term): number[] {
  const { vocabulary } = index;
  const found: number[] = [];
  const exact = lowerBound(vocabulary, term.stem);
  if (vocabulary[exact] === term.stem) found.push(exact);
  if (term.last || term.word.length >= 5) {
    for (let i = lowerBound(vocabulary, term.word); i < vocabulary.length && vocabulary[i]!.startsWith(term.word); i++) {
      if (i !== exact || vocabulary[exact] !== term.stem) found.push(i);
    }
  }
  return found;
}

/** For a word that matches nothing: the nearest words of the vocabulary and of the keywords. */
export function alternativesFor(index: SearchIndex, stem: string): string[] {
  const cached = index.alternatives.get(stem);
  if (cached) return cached;
  // Numbers are not misspelt words: they stay out (and would make the list as long as the records).
  index.fuse ??= new Fuse([...index.vocabulary.filter((w) => !/\d/.test(w)), ...index.lexicon.words.keys()], { threshold: 0.34 });
  const near = stem.length >= 4 ? index.fuse.search(stem, { limit: 5 }).map((r) => r.item) : [];
  index.alternatives.set(stem, near);
  return near;
}

/** Calls `visit(record × 2 + inName)` for every entry a term matches (possibly twice for one entry). */
function eachMatch(index: SearchIndex, term: Term, visit: (posting: number) => void): void {
  const viaMeaning = (m: Meaning | undefined) => {
    if (!m) return false;
    for (const n of m.needs) for (const i of index.byNeed.get(n) ?? []) visit(i * 2);
    for (const t of m.types) for (const i of index.byType.get(t) ?? []) visit(i * 2);
    for (const a of m.audiences) for (const i of index.byAudience.get(a) ?? []) visit(i * 2);
    if (m.free) for (const i of index.free) visit(i * 2);
    return m.needs.length + m.types.length + m.audiences.length > 0 || Boolean(m.free);
  };
  const viaText = (positions: number[]) => {
    for (const p of positions) for (const posting of index.postings[p]!) visit(posting);
    return positions.length > 0;
  };
  const byMeaning = viaMeaning(term.meaning);
  if (!term.stem) return;
  const byText = viaText(textMatches(index, term));
  if (byMeaning || byText) return;
  for (const alt of alternativesFor(index, term.stem)) {
    const at = lowerBound(index.vocabulary, alt);
    if (index.vocabulary[at] === alt) viaText([at]);
    viaMeaning(index.lexicon.words.get(alt));
  }
}

/** How an entry reaches the chosen area, or null when it does not serve it. */
export function regionReach(record: SearchRecord, f: Pick<Filters, 'wojewodztwo' | 'powiat' | 'gmina'>): Reach | null {
  if (!f.gmina && !f.powiat && !f.wojewodztwo) return record.s;
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

/** How an entry reaches a place named in the query: the nearest of its units. */
function placeReach(record: SearchRecord, place: Place): Reach | null {
  let best: Reach | null = null;
  for (const code of place.codes) {
    const r =
      place.kind === 'gmina'
        ? regionReach(record, { wojewodztwo: '', powiat: '', gmina: code })
        : regionReach(record, { wojewodztwo: '', powiat: code, gmina: '' });
    if (r !== null && (best === null || r < best)) best = r;
  }
  return best;
}

export function isActive(f: Filters): boolean {
  return Object.entries(f).some(([k, v]) => v !== EMPTY_FILTERS[k as keyof Filters]);
}

/** The region the results are limited to: the chosen one, else a place the query names. */
export function regionOf(index: SearchIndex, f: Filters): { chosen: boolean; place: Place | null } {
  const chosen = Boolean(f.gmina || f.powiat || f.wojewodztwo);
  return { chosen, place: chosen ? null : analyze(index, f.q).place };
}

/**
 * The entries that match, best first: by how many of the query's words they match; then those for the
 * chosen audience (the others stay, after them); then by reach when a region is chosen or named (local
 * before national); then entries whose name holds the words; then the most recently verified. `now`
 * decides "open now".
 */
export function filterRecords(index: SearchIndex, f: Filters, now: Date): Hit[] {
  const { records } = index;
  const n = records.length;
  const { terms } = analyze(index, f.q);
  const { chosen, place } = regionOf(index, f);
  const byRegion = chosen || place !== null;
  const matched = new Uint8Array(n);
  const inName = new Uint8Array(n);
  let candidates: number[] | null = null;
  if (terms.length) {
    const stamp = new Int32Array(n).fill(-1);
    const touched: number[] = [];
    terms.forEach((term, t) => {
      eachMatch(index, term, (posting) => {
        const i = posting >> 1;
        if (stamp[i] === t) {
          if (posting & 1 && inName[i]! < 15) inName[i]!++;
          return;
        }
        stamp[i] = t;
        if (matched[i] === 0) touched.push(i);
        matched[i]!++;
        if (posting & 1 && inName[i]! < 15) inName[i]!++;
      });
    });
    candidates = touched;
  }
  // Candidates in their order among equals (see byRank), then sorted into buckets by the key that
  // depends on the query: no comparison sort, so 60,000 entries stay fast.
  let order: Int32Array;
  if (candidates) {
    const ranks = Int32Array.from(candidates, (i) => index.rankOf[i]!).sort();
    order = ranks.map((rank) => index.byRank[rank]!);
  } else order = index.byRank;
  const clock = f.openNow ? warsawClock(now) : null; // once per query, not per entry (Intl is slow)
  const buckets: Hit[][] = [];
  for (const i of order) {
    const r = records[i]!;
    if (f.type && r.t !== f.type) continue;
    if (f.need && !r.d.includes(f.need)) continue;
    if (f.free && !r.f) continue;
    if (f.accessibility && !r.x) continue;
    const rr = place ? placeReach(r, place) : regionReach(r, f);
    if (rr === null) continue;
    if (f.openNow && !(r.w && openAt(r.w, clock!))) continue;
    const forAudience = f.audience && (r.a.includes(f.audience) || r.a.includes('wszyscy') || r.a.length === 0) ? 1 : 0;
    // words matched (0…15), audience (0/1), 3 − reach (0…3), words in the name (0…15): higher first
    const key = ((Math.min(matched[i]!, 15) * 2 + forAudience) * 4 + (byRegion ? 3 - rr : 0)) * 16 + inName[i]!;
    (buckets[key] ??= []).push({ record: r, reach: rr });
  }
  const hits: Hit[] = [];
  for (let key = buckets.length - 1; key >= 0; key--) {
    const bucket = buckets[key];
    if (bucket) for (const h of bucket) hits.push(h);
  }
  return hits;
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
