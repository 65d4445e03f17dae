/**
 * The hidden words a page gives the full-text search (Pagefind): the taxonomy keywords of its type,
 * needs and audiences, and the folded forms of those words and of its names, since Pagefind does not fold "ł".
 * Never shown: the element that holds them is `hidden`, so screen readers skip it too.
 */
import { normalize } from '../../formats/text.ts';

export function searchWords(names: readonly string[], terms: readonly ({ keywords?: string[] } | undefined)[]): string {
  const words = terms.flatMap((t) => t?.keywords ?? []);
  const all = [...words, ...[...names, ...words].map(normalize)];
  return [...new Set(all.filter(Boolean))].join(' · ');
}
