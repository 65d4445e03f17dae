/**
 * Suggestions: entries whose services answer the chosen needs and that serve the family's gmina.
 * Local first, then powiat, województwo, national; each with its reason. Audiences order, they do not
 * hide: a service for another group is still suggested when its needs match, and one that fits the
 * family's situation ranks higher within its reach and says so. Generic (statutory) cards come after
 * the real entries of the same reach.
 */
import { reach } from '../regions/coverage.ts';
import type { Reach } from '../../schemas/vocabulary.ts';
import type { BuilderTranslator } from './words.ts';
import { freshnessOf, type CatalogueEntry } from './entries.ts';
import { fresherFirst } from '../freshness/freshness.ts';
import { normalize, tokens } from '../../formats/text.ts';
import { stem } from '../search/stem.ts';
import { isStopWord } from '../search/stop-words.ts';

export type { Reach };

export interface Suggestion {
  entry: CatalogueEntry;
  reach: Reach;
  needs: string[]; // the chosen needs it answers
  audiences: string[]; // the family's situations that its matching services name
  reason: string;
}

export interface SuggestInput {
  gmina: string;
  needs: readonly string[];
  audiences: readonly string[];
  needName: (id: string) => string;
  audienceName?: (id: string) => string;
  /** The words of the reasons, in the builder's language. */
  words: Pick<BuilderTranslator, 't' | 'label'>;
}

/** How an entry reaches the gmina; a generic card is at its kind's level (gmina 0, powiat 1). */
export function reachOf(entry: CatalogueEntry, gminaCode: string): Reach | null {
  if (entry.kind === 'statutory') return entry.gmina === gminaCode ? (entry.serves === 'powiat' ? 1 : 0) : null;
  return reach({ gmina: entry.gmina, serves: entry.serves }, gminaCode);
}

export function reasonOf(entry: CatalogueEntry, level: Reach, needs: readonly string[], audiences: readonly string[], input: SuggestInput): string {
  const { t, label } = input.words;
  const parts = [t(needs.length === 1 ? 'reason.need' : 'reason.needs', { list: needs.map(input.needName).join(', ') })];
  if (audiences.length) parts.push(t('reason.audiences', { list: audiences.map(input.audienceName ?? ((a) => a)).join(', ') }));
  // A generic card: the law puts it everywhere, we lack the address.
  parts.push(entry.kind === 'statutory' ? label('reach.statutory', level === 1 ? 1 : 0) : label('reach.reason', level));
  return parts.join('; ');
}

export function suggest(entries: readonly CatalogueEntry[], input: SuggestInput): Suggestion[] {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) continue;
    const level = reachOf(entry, input.gmina);
    if (level === null) continue;
    const matching = entry.services.filter((s) => s.needs.some((n) => input.needs.includes(n)));
    if (matching.length === 0) continue;
    seen.add(entry.id);
    const needs = input.needs.filter((n) => matching.some((s) => s.needs.includes(n)));
    const audiences = input.audiences.filter((a) => matching.some((s) => s.audiences.includes(a)));
    out.push({ entry, reach: level, needs, audiences, reason: reasonOf(entry, level, needs, audiences, input) });
  }
  const generic = (s: Suggestion) => Number(s.entry.kind === 'statutory');
  return out.sort(
    (a, b) =>
      a.reach - b.reach ||
      generic(a) - generic(b) ||
      b.audiences.length - a.audiences.length ||
      fresherFirst(freshnessOf(a.entry), freshnessOf(b.entry)) ||
      b.needs.length - a.needs.length ||
      a.entry.name.localeCompare(b.entry.name, 'pl'),
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
