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
});

export type Term = z.output<typeof termSchema>;
