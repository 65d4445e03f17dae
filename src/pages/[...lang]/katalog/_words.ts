/**
 * The builder's and the printed catalogue's words of every language, for this page at build time (like
 * src/i18n/all.ts, never imported by an island: the page hands the island its own language's words as a prop).
 */
import type { Lang } from '../../../i18n/langs.ts';
import { en as builderEn } from '../../../i18n/locales/builder/en.ts';
import { pl as builderPl } from '../../../i18n/locales/builder/pl.ts';
import { uk as builderUk } from '../../../i18n/locales/builder/uk.ts';
import { en as pdfEn } from '../../../i18n/locales/pdf/en.ts';
import { pl as pdfPl } from '../../../i18n/locales/pdf/pl.ts';
import { uk as pdfUk } from '../../../i18n/locales/pdf/uk.ts';

type Builder = { readonly [K in keyof typeof builderPl]: string };
type Pdf = { readonly [K in keyof typeof pdfPl]: string };

const builder: Record<Lang, Builder> = { pl: builderPl, uk: builderUk, en: builderEn };
export const pdfWords: Record<Lang, Pdf> = { pl: pdfPl, uk: pdfUk, en: pdfEn };

type PageKey = Extract<keyof Builder, `page.${string}`>;
const isPageKey = (key: string): key is PageKey => key.startsWith('page.');

/** The builder's words for the island: all but the page's own (`page.*`), which stay in the page's HTML. */
export function builderWords(lang: Lang): Omit<Builder, PageKey> & Partial<Record<PageKey, never>> {
  return Object.fromEntries(Object.entries(builder[lang]).filter(([key]) => !isPageKey(key))) as Omit<Builder, PageKey>;
}

/** The page's own words (title, description, lead, noscript). */
export function pageWords(lang: Lang): Pick<Builder, PageKey> {
  return Object.fromEntries(Object.entries(builder[lang]).filter(([key]) => isPageKey(key))) as Pick<Builder, PageKey>;
}
