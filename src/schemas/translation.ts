/**
 * Translations of the content into the other languages of the site (src/i18n/langs.ts), kept beside the Polish
 * so that a reviewer reads both: content/taxonomy/<lang>/<taxonomy>.yaml and content/informator/<lang>/<slug>.md.
 * The Polish stays the reference: a translation names the Polish item it translates by its id, and says no more than it.
 */
import { z } from 'astro/zod';
import { requiredText, slugId, strictObject } from './fields.ts';
import { LIMITS } from './limits.ts';
import { articleSchema } from './article.ts';
import type { Lang } from '../i18n/langs.ts';

/** The languages that have translated content (Polish is the original, not a translation). */
export const TRANSLATED_LANGS = ['uk', 'en'] as const satisfies readonly Lang[];
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];

/** One taxonomy term in another language: the id of the Polish term, its name and description, and the words people type. */
export const termTranslationSchema = strictObject({
  id: slugId('id pojęcia'),
  name: requiredText('Nazwa pojęcia (name)', 'Wpisz krótką nazwę w języku tego pliku; przy rodzajach placówek zostaw też nazwę polską.', {
    max: LIMITS.text.term_name,
  }),
  description: requiredText('Opis pojęcia (description)', 'Przetłumacz polski opis jednym–dwoma prostymi zdaniami, bez nowych faktów.', {
    max: LIMITS.text.term_description,
  }),
  /** The words a person would type in this language (and, for Ukrainian, their Latin transliterations), for the search. */
  keywords: z
    .array(
      z
        .string({ error: 'Słowo kluczowe (keywords) musi być tekstem, np. "психолог".' })
        .trim()
        .min(2, { error: 'Słowo kluczowe (keywords) jest za krótkie: wpisz co najmniej 2 znaki.' })
        .max(40, { error: 'Słowo kluczowe (keywords) ma najwyżej 40 znaków: wpisz jedno słowo albo krótki zwrot.' }),
      { error: 'Słowa kluczowe (keywords) to lista, np. [психолог, psycholoh].' },
    )
    .max(60, { error: 'Za dużo słów kluczowych (keywords): najwyżej 60 na pojęcie. Zostaw te, których ludzie naprawdę używają.' })
    .optional(),
});
export type TermTranslation = z.output<typeof termTranslationSchema>;

/**
 * An informator article in another language (content/informator/<lang>/<slug>.md). `original` names the Polish
 * article it translates (its file name without .md); the Polish text is binding where they differ. An article
 * written only for this language (e.g. for Ukrainian families) has no `original` and rests on the Polish articles'
 * facts and sources. `related` names articles of the same language.
 */
export const translatedArticleSchema = articleSchema.extend({
  original: requiredText('Artykuł polski (original)', 'Wpisz nazwę pliku polskiego artykułu bez .md, np. „kim-jest-asystent-rodziny”.', {
    max: LIMITS.text.id,
  }).optional(),
});
export type TranslatedArticle = z.output<typeof translatedArticleSchema>;

/** The language folder of a content path (content/taxonomy/uk/types.yaml → uk); undefined for the Polish files. */
export function translationLang(file: string): TranslatedLang | undefined {
  const match = /\/(?:taxonomy|informator)\/([a-z]{2})\//.exec(file.replace(/\\/g, '/'));
  return match && (TRANSLATED_LANGS as readonly string[]).includes(match[1]!) ? (match[1] as TranslatedLang) : undefined;
}
