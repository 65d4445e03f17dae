/** A taxonomy term: types of institutions, needs, forms of support, audiences, family resources. */
import { z } from 'astro/zod';
import { requiredText, slugId } from './fields.ts';

export const TAXONOMIES = ['types', 'needs', 'forms', 'audiences', 'resources'] as const;
export type TaxonomyName = (typeof TAXONOMIES)[number];

export const termSchema = z.object({
  id: slugId('id pojęcia'),
  name: requiredText('Nazwa pojęcia (name)', 'Wpisz krótką nazwę po polsku.'),
  description: requiredText('Opis pojęcia (description)', 'Wyjaśnij pojęcie jednym zdaniem prostym językiem.'),
  /** Resources only: personal | family | environment (Table 2 of the guide). Types: a group for browsing. */
  group: z.string().optional(),
  /** Abbreviation used in the text, explained by name at first use (e.g. GKRPA). */
  abbr: z.string().optional(),
});

export type Term = z.output<typeof termSchema>;
