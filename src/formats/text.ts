/**
 * The one text folding of the site (search, suggestions, duplicate checks) and its URL slugs: lowercase,
 * no diacritics (ł → l too), punctuation as spaces. "Ośrodek Pomocy Społecznej" and "osrodek pomocy spolecznej" become equal.
 * Cyrillic stays Cyrillic, folded the same way (й → и, ї → і); the Ukrainian apostrophe inside a word
 * ("б'є", "сім’я") is dropped rather than split the word in two.
 */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/(\p{Script=Cyrillic})['’ʼ`](?=\p{Script=Cyrillic})/gu, '$1') // no lookbehind: older Safari lacks it
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, normalised. */
export function tokens(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(' ') : [];
}

/** Lowercase ASCII slug for URLs; folds Polish letters including ł. */
export function slugify(text: string): string {
  return normalize(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
