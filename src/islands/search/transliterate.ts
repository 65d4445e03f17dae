/**
 * Ukrainian typed in Latin letters ("asystent", "dopomoha", "vahitnist"), as on a phone without a Ukrainian keyboard:
 * read back into Cyrillic, so the Ukrainian search finds the same articles. The official transliteration (KMU 2010)
 * read backwards, plus the common informal spellings (j, w, c, Polish sz/cz). One reading, not every possible one:
 * it is a second search beside the query as typed, never instead of it.
 */
const PAIRS: [string, string][] = [
  ['shch', 'щ'],
  ['szcz', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['cz', 'ч'],
  ['sh', 'ш'],
  ['sz', 'ш'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['ye', 'є'],
  ['yi', 'ї'],
  ['ju', 'ю'],
  ['ja', 'я'],
  ['je', 'є'],
  ['ji', 'ї'],
  ['iu', 'ю'],
  ['ia', 'я'],
  ['ie', 'є'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['w', 'в'],
  ['h', 'г'],
  ['g', 'г'],
  ['d', 'д'],
  ['e', 'е'],
  ['z', 'з'],
  ['y', 'и'],
  ['i', 'і'],
  ['j', 'й'],
  ['k', 'к'],
  ['l', 'л'],
  ['ł', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['c', 'ц'],
  ['x', 'кс'],
  ["'", ''],
  ['’', ''],
];

/** The query read into Cyrillic; null when it has no Latin letter (nothing to read). */
export function toCyrillic(text: string): string | null {
  const lower = text.toLocaleLowerCase('uk');
  if (!/[a-zł]/.test(lower)) return null;
  let out = '';
  for (let i = 0; i < lower.length;) {
    // A word-initial "ie/iu/ia" is "і" + vowel ("iaroslav" is rare, "ienergiia" is not Ukrainian): only inside a word.
    const pair = PAIRS.find(([latin]) => lower.startsWith(latin, i) && !(latin.length === 2 && latin[0] === 'i' && !/[a-zа-яіїєґ'’]/.test(lower[i - 1] ?? '')));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
    } else {
      out += lower[i];
      i += 1;
    }
  }
  return out;
}
