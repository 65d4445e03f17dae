/** The builder's and the printed catalogue's translators of a language, bound as the catalogue page binds them, for tests. */
import { dictionaries } from '../../src/i18n/all.ts';
import { LOCALES, type Lang } from '../../src/i18n/langs.ts';
import { createTranslator } from '../../src/i18n/translate.ts';
import { bilingual } from '../../src/lib/catalogue/bilingual.ts';
import type { BuilderTranslator, BuilderWords, PdfTranslator } from '../../src/lib/catalogue/words.ts';
import { builderWords, pdfWords } from '../../src/pages/[...lang]/katalog/_words.ts';

export const builderTranslator = (lang: Lang): BuilderTranslator =>
  createTranslator({ ...dictionaries[lang], ...pdfWords[lang], ...builderWords(lang) } as BuilderWords, LOCALES[lang]);

export const pdfTranslator = (lang: Lang): PdfTranslator => createTranslator({ ...dictionaries[lang], ...pdfWords[lang] }, LOCALES[lang]);

/** A bilingual catalogue's words: the language first, Polish second. */
export const bilingualTranslator = (lang: Lang): PdfTranslator => bilingual(pdfTranslator(lang), pdfTranslator('pl'));
