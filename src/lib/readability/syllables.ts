/**
 * Syllables of a Polish word, counted as groups of vowels (a, ą, e, ę, i, o, ó, u, y): "nie" → 1, "rodziny" → 3.
 * A good estimate for Polish, where "i" before a vowel only softens the consonant ("się", "pomocy społecznej").
 * A hyphenated word counts its parts. Digits and abbreviations count as one syllable.
 */
const VOWEL_GROUPS = /[aąeęioóuy]+/giu;

export function syllables(word: string): number {
  return word.split('-').reduce((sum, part) => sum + Math.max(1, part.match(VOWEL_GROUPS)?.length ?? 0), 0);
}
