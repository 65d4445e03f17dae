/**
 * The site chrome's words (src/i18n/locales/site/) merged with the shared words, bound to a language: for the
 * layout, its components and the pages, at build time only. A browser script gets them written into the HTML.
 */
import { dictionaries } from '../i18n/all.ts';
import { LOCALES, type Lang } from '../i18n/langs.ts';
import { en } from '../i18n/locales/site/en.ts';
import { pl } from '../i18n/locales/site/pl.ts';
import { uk } from '../i18n/locales/site/uk.ts';
import { createTranslator } from '../i18n/translate.ts';

const words = { pl, uk, en };

export const siteWords = (lang: Lang) => createTranslator({ ...dictionaries[lang], ...words[lang] }, LOCALES[lang]);
export type SiteWords = ReturnType<typeof siteWords>;
