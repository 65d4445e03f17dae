/**
 * Suggestions: entries whose services answer the chosen needs (and suit the family's situation)
 * and that serve the family's gmina. Local first, then powiat, województwo, national; each with its reason.
 */
import { reach } from '../regions/coverage.ts';
import type { CatalogueEntry } from './entries.ts';
import { normalize, tokens } from '../search/normalize.ts';
import { stem } from '../search/stem.ts';
import { isStopWord } from '../search/stop-words.ts';

export interface Suggestion {
  entry: CatalogueEntry;
  reach: 0 | 1 | 2 | 3;
  needs: string[]; // the chosen needs it answers
  reason: string;
}

export const REACH_REASONS = ['działa w Twojej gminie', 'działa w Twoim powiecie', 'działa w Twoim województwie', 'działa w całej Polsce'] as const;

export interface SuggestInput {
  gmina: string;
  needs: readonly string[];
  audiences: readonly string[];
  needName: (id: string) => string;
}

function suitsAudience(serviceAudiences: readonly string[], chosen: readonly string[]): boolean {
  if (chosen.length === 0 || serviceAudiences.length === 0) return true;
  return serviceAudiences.includes('wszyscy') || serviceAudiences.some((a) => chosen.includes(a));
}

export function suggest(entries: readonly CatalogueEntry[], input: SuggestInput): Suggestion[] {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) continue;
    const level = reach({ gmina: entry.gmina, serves: entry.serves }, input.gmina);
    if (level === null) continue;
    const needs = input.needs.filter((n) => entry.services.some((s) => s.needs.includes(n) && suitsAudience(s.audiences, input.audiences)));
    if (needs.length === 0) continue;
    seen.add(entry.id);
    const needWord = needs.length === 1 ? 'odpowiada na potrzebę' : 'odpowiada na potrzeby';
    out.push({ entry, reach: level, needs, reason: `${needWord}: ${needs.map(input.needName).join(', ')}; ${REACH_REASONS[level]}` });
  }
  return out.sort(
    (a, b) => a.reach - b.reach || b.needs.length - a.needs.length || a.entry.name.localeCompare(b.entry.name, 'pl'),
  );
}

/**
 * Search by name, for adding an entry the suggestions did not bring: diacritics and ł folded, stop words
 * ignored, inflected forms matched through the search's stemmer ("dąbrowie" finds "Dąbrowa"), and a word
 * also matches the words it begins.
 */
export const fold = normalize;

export function findByName(entries: readonly CatalogueEntry[], query: string, limit = 20): CatalogueEntry[] {
  const q = fold(query.trim());
  if (q.length < 2) return [];
  const words = tokens(q).filter((w) => !isStopWord(w));
  if (words.length === 0) return [];
  return entries
    .filter((e) => {
      const name = tokens(e.name);
      const stems = name.map(stem);
      return words.every((w) => stems.includes(stem(w)) || name.some((n) => n.startsWith(w)));
    })
    .slice(0, limit);
}
