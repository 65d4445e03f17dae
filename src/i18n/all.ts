/**
 * Every language's words, for Astro pages and components at build time. An island never imports this file
 * (the lint refuses it): a page hands its island the words of its own language as a prop, so a Polish page
 * ships no Ukrainian or English strings and the other way round.
 */
import { en } from './locales/en.ts';
import { pl } from './locales/pl.ts';
import { uk } from './locales/uk.ts';
import { LOCALES, type Lang } from './langs.ts';
import { createTranslator, type Dictionary, type Translator } from './translate.ts';

export const dictionaries: Record<Lang, Dictionary> = { pl, uk, en };

const bound = new Map<Lang, Translator>();

/** The shared words of a language, bound (plural rules, dates). */
export function translator(lang: Lang): Translator {
  let tr = bound.get(lang);
  if (!tr) bound.set(lang, (tr = createTranslator(dictionaries[lang], LOCALES[lang])));
  return tr;
}
