/**
 * Polish sentences and words. A sentence ends at ".", "!", "?" or "…" followed by a space and a capital letter,
 * a digit or a quote, unless the full stop closes a common abbreviation ("np.", "m.in.", "art.", "Dz. U.", "r.").
 * Block boundaries (headings, list items, paragraphs) always end a sentence.
 */
const ABBREVIATIONS = new Set([
  'np',
  'm.in',
  'tzw',
  'tj',
  'tzn',
  'itd',
  'itp',
  'ok',
  'ul',
  'al',
  'tel',
  'nr',
  'pkt',
  'art',
  'ust',
  'poz',
  'dz',
  'u',
  'r',
  'zm',
  'późn',
  'godz',
  'pn',
  'dr',
  'prof',
  'św',
  'wg',
  'ww',
  'str',
  's',
  'ds',
  'zob',
  'por',
  'j',
  'woj',
  'pow',
  'gm',
]);

const BOUNDARY = /([.!?…]+)(["”»)]?)\s+(?=["„«(]?[\p{Lu}\p{N}])/gu;

export function splitSentences(block: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of block.matchAll(BOUNDARY)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    if (match[1] === '.' && !match[2] && closesAbbreviation(block.slice(start, match.index))) continue;
    sentences.push(block.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = block.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((s) => words(s).length > 0);
}

function closesAbbreviation(before: string): boolean {
  const token = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase();
  return token !== undefined && ABBREVIATIONS.has(token);
}

/** Words: runs of letters or digits (with inner hyphens or apostrophes). "15", "psychologiczno-pedagogiczna" count once. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}
