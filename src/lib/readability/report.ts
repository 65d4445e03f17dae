/**
 * How readable a text is for a family reading on a phone, with the thresholds the informator keeps.
 * Thresholds follow plain-language guidance for Polish (e.g. Pracownia Prostej Polszczyzny, the FOG-PL index
 * used by Jasnopis, and EU "Clear writing" advice):
 *  - sentences of about 15 words on average, so the average may not exceed 15;
 *  - no sentence longer than 30 words (twice the average target), where readers lose the thread;
 *  - "hard words" in FOG-PL are words of 4 or more syllables; at most 25% of words may be hard, because Polish
 *    names of institutions and laws are long and cannot all be avoided, and 25% keeps FOG-PL near 16 (upper secondary);
 *  - every abbreviation explained where it first appears.
 */
import { markdownBlocks } from './plain-text.ts';
import { splitSentences, words } from './sentences.ts';
import { syllables } from './syllables.ts';
import { unexplainedAbbreviations, type Unexplained } from './abbreviations.ts';

export const THRESHOLDS = { averageWords: 15, maxWords: 30, longWordShare: 0.25, longWordSyllables: 4 } as const;

export interface Readability {
  sentences: number;
  words: number;
  averageWords: number;
  maxWords: number;
  longestSentence: string;
  /** Share of words with THRESHOLDS.longWordSyllables or more syllables (0–1). */
  longWordShare: number;
  /** FOG-PL: 0.4 × (average sentence length + percentage of hard words). */
  fog: number;
  unexplained: Unexplained[];
}

/** Measures text made of blocks (headings, paragraphs, list items), in reading order. */
export function measure(blocks: readonly string[]): Readability {
  const sentences = blocks.flatMap(splitSentences);
  const counts = sentences.map((s) => words(s).length);
  const all = sentences.flatMap(words).filter((w) => /\p{L}/u.test(w));
  const long = all.filter((w) => syllables(w) >= THRESHOLDS.longWordSyllables).length;
  const total = counts.reduce((a, b) => a + b, 0);
  const maxWords = Math.max(0, ...counts);
  const averageWords = sentences.length ? total / sentences.length : 0;
  const longWordShare = all.length ? long / all.length : 0;
  return {
    sentences: sentences.length,
    words: total,
    averageWords,
    maxWords,
    longestSentence: sentences[counts.indexOf(maxWords)] ?? '',
    longWordShare,
    fog: 0.4 * (averageWords + 100 * longWordShare),
    unexplained: unexplainedAbbreviations(blocks.join('\n')),
  };
}

/** Title, summary and Markdown body of an article, in the order the page shows them. */
export function measureArticle(title: string, summary: string, markdown: string): Readability {
  return measure([title, summary, ...markdownBlocks(markdown)]);
}

/** What breaks the thresholds, in Polish for the person who edits the article; empty when all is well. */
export function problems(r: Readability): string[] {
  const out: string[] = [];
  if (r.averageWords > THRESHOLDS.averageWords)
    out.push(`Średnia długość zdania ${r.averageWords.toFixed(1)} słów (najwyżej ${THRESHOLDS.averageWords}). Podziel długie zdania.`);
  if (r.maxWords > THRESHOLDS.maxWords) out.push(`Zdanie ma ${r.maxWords} słów (najwyżej ${THRESHOLDS.maxWords}): „${r.longestSentence}”`);
  if (r.longWordShare > THRESHOLDS.longWordShare)
    out.push(
      `Długie słowa (${THRESHOLDS.longWordSyllables}+ sylaby) to ${(100 * r.longWordShare).toFixed(0)}% tekstu (najwyżej ${100 * THRESHOLDS.longWordShare}%).`,
    );
  for (const u of r.unexplained)
    out.push(`Skrót ${u.abbreviation} nie jest wyjaśniony przy pierwszym użyciu: „…${u.context}…”. Dopisz rozwinięcie w nawiasie.`);
  return out;
}
