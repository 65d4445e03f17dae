/**
 * A bilingual catalogue: headings and fixed texts in two languages ("Адреса / Adres"), the family's words and the
 * institutions' data once, as typed. Dates are written in figures (23.11.2026), which read the same in both.
 */
import type { PdfTranslator } from './words.ts';

/** The same text once when both languages say it alike or one says nothing. */
const both = (first: string, second: string) => (!second || first === second ? first : !first ? second : `${first} / ${second}`);

/** An ISO date (YYYY-MM-DD) in figures: 23.11.2026. */
export const dateInFigures = (iso: string) => iso.split('-').reverse().join('.');

export function bilingual(first: PdfTranslator, second: PdfTranslator): PdfTranslator {
  const inFigures = (tr: PdfTranslator): PdfTranslator => ({ ...tr, date: dateInFigures, bilingual: true });
  return {
    parts: [inFigures(first), inFigures(second)],
    t: (key, params) => both(first.t(key, params), second.t(key, params)),
    label: ((vocabulary, value, params) => both(first.label(vocabulary, value, params), second.label(vocabulary, value, params))) as PdfTranslator['label'],
    count: (n, word) => both(first.count(n, word), second.count(n, word)),
    options: first.options,
    date: dateInFigures,
    locale: first.locale,
    bilingual: true,
  };
}
