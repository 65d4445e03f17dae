/**
 * What a query means, before any entry is matched: its meaningful words (stop words dropped), their stems,
 * what the taxonomy's keywords say about them (needs, types, "free"), a place it names, and the need it
 * seems to ask about. Used by the instant filter and the full-text search alike.
 */
import type { Lexicon, Meaning } from './lexicon.ts';
import { tokens } from '../../formats/text.ts';
import { findPlace, type Place, type PlaceIndex } from './places.ts';
import { isCyrillic, stem } from './stem.ts';
import { isStopWord } from './stop-words.ts';

export interface Term {
  /** the word as typed, folded ("ciazy"), or the phrase ("za darmo") */
  word: string;
  /** its stem; '' for a keyword phrase */
  stem: string;
  /** the last word may be unfinished: it also matches words it begins */
  last: boolean;
  /** what the keywords say it means */
  meaning?: Meaning;
}

export interface QueryAnalysis {
  terms: Term[];
  place: Place | null;
  /** the query words that name the place, as typed (folded) */
  placeWords: string[];
  /** the need the query names most, for a one-click need filter */
  need: string | null;
}

export interface QueryContext {
  lexicon: Lexicon;
  places?: PlaceIndex;
}

export function analyzeQuery(text: string, ctx: QueryContext): QueryAnalysis {
  const words = tokens(text);
  const wordStems = words.map(stem);
  const used = words.map(() => false);
  const ignored = (w: string) => isStopWord(w) || ctx.lexicon.stop.has(w);
  const terms: Term[] = [];
  // Keyword phrases first ("za darmo", "niebieska karta"): their words may be stop words on their own.
  for (const phrase of ctx.lexicon.phrases) {
    const n = phrase.stems.length;
    for (let i = 0; i + n <= words.length; i++) {
      // In any order: "znęca się" and "się znęca" are one phrase.
      const window = wordStems.slice(i, i + n);
      if (!used.slice(i, i + n).some(Boolean) && sameWords(window, phrase.stems)) {
        for (let j = 0; j < n; j++) used[i + j] = true;
        terms.push({ word: words.slice(i, i + n).join(' '), stem: '', last: false, meaning: phrase.meaning });
      }
    }
  }
  let place: Place | null = null;
  const placeWords: string[] = [];
  if (ctx.places) {
    const free = wordStems.map((s, i) => (used[i] ? '\u0000' : s));
    const found = findPlace(free, ctx.places, (s) => ctx.lexicon.words.has(s) || ignored(s) || s === '\u0000');
    if (found) {
      place = found.place;
      for (const i of found.at) {
        used[i] = true;
        placeWords.push(words[i]!);
      }
    }
  }
  words.forEach((word, i) => {
    if (used[i] || ignored(word)) return;
    const last = i === words.length - 1 && !/\s$/.test(text);
    // One letter being typed says nothing yet: it would match a good part of every word.
    if (last && word.length === 1) return;
    const s = wordStems[i]!;
    terms.push({ word, stem: s, last, meaning: last ? typedMeaning(word, s, ctx.lexicon) : ctx.lexicon.words.get(s) });
  });
  return { terms, place, placeWords, need: namedNeed(terms) };
}

/**
 * The meaning of the word being typed. A Ukrainian one of 4 letters or more also means what the keywords it
 * begins mean ("психо" → "психолог", "психотерапевт"): the entries hold no Cyrillic text to find it meanwhile.
 */
function typedMeaning(word: string, s: string, lexicon: Lexicon): Meaning | undefined {
  const exact = lexicon.words.get(s);
  if (word.length < 4 || !isCyrillic(word)) return exact;
  let merged: Meaning | undefined;
  for (const [key, m] of lexicon.words) {
    if (key !== s && !key.startsWith(word)) continue;
    merged ??= { needs: [], types: [], audiences: [] };
    for (const [to, from] of [
      [merged.needs, m.needs],
      [merged.types, m.types],
      [merged.audiences, m.audiences],
    ] as const)
      for (const id of from) if (!to.includes(id)) to.push(id);
    if (m.free) merged.free = true;
  }
  return merged;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
}

function namedNeed(terms: readonly Term[]): string | null {
  const votes = new Map<string, number>();
  for (const t of terms) for (const n of t.meaning?.needs ?? []) votes.set(n, (votes.get(n) ?? 0) + 1);
  let best: string | null = null;
  for (const [n, v] of votes) if (best === null || v > votes.get(best)!) best = n;
  return best;
}
