/**
 * The search's words of every language, for this page at build time (like src/i18n/all.ts, never imported by an
 * island: the page hands the island its own language's words as a prop, and keeps its own words, `page.*`, in its HTML).
 */
import type { Lang } from '../../../i18n/langs.ts';
import { en } from '../../../i18n/locales/search/en.ts';
import { pl } from '../../../i18n/locales/search/pl.ts';
import { uk } from '../../../i18n/locales/search/uk.ts';
import type { SearchWords } from '../../../islands/search/words.ts';

type All = { readonly [K in keyof typeof pl]: string };
const all: Record<Lang, All> = { pl, uk, en };

/** The island's words: all but the page's own. */
export const islandWords = (lang: Lang): SearchWords =>
  Object.fromEntries(Object.entries(all[lang]).filter(([key]) => !key.startsWith('page.'))) as unknown as SearchWords;

/** The page's words (title, description, lead, noscript). */
export const pageWords = (lang: Lang): All => all[lang];
