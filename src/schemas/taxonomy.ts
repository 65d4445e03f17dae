/** A taxonomy term: types of institutions, needs, forms of support, audiences, family resources. */
import { z } from 'astro/zod';
import { optionalText, requiredText, slugId, strictObject } from './fields.ts';
import { LIMITS } from './limits.ts';

export const TAXONOMIES = ['types', 'needs', 'forms', 'audiences', 'resources'] as const;
export type TaxonomyName = (typeof TAXONOMIES)[number];

export const termSchema = strictObject({
  id: slugId('id pojęcia'),
  name: requiredText('Nazwa pojęcia (name)', 'Wpisz krótką nazwę po polsku.', { max: LIMITS.text.term_name }),
  description: requiredText('Opis pojęcia (description)', 'Wyjaśnij pojęcie jednym zdaniem prostym językiem.', { max: LIMITS.text.term_description }),
  /** Resources only: personal | family | environment (Table 2 of the guide). Types: a group for browsing. */
  group: optionalText('Grupa (group)', { max: LIMITS.text.term_group }),
  /** Abbreviation used in the text, explained by name at first use (e.g. GKRPA). */
  abbr: optionalText('Skrót (abbr)', { max: LIMITS.text.term_abbr }),
  /**
   * Needs, types and audiences: the everyday words and phrases that mean the term ("pije", "odwyk", "za darmo"),
   * for the search (src/lib/search/lexicon.ts). Reviewed like any content.
   */
  keywords: z
    .array(
      z
        .string({ error: 'Słowo kluczowe (keywords) musi być tekstem, np. "odwyk".' })
        .trim()
        .min(2, { error: 'Słowo kluczowe (keywords) jest za krótkie: wpisz co najmniej 2 znaki.' })
        .max(40, { error: 'Słowo kluczowe (keywords) ma najwyżej 40 znaków: wpisz jedno słowo albo krótki zwrot.' }),
      { error: 'Słowa kluczowe (keywords) to lista, np. [pije, odwyk, trzeźwość].' },
    )
    .max(60, { error: 'Za dużo słów kluczowych (keywords): najwyżej 60 na pojęcie. Zostaw te, których ludzie naprawdę używają.' })
    .optional(),
});

export type Term = z.output<typeof termSchema>;
