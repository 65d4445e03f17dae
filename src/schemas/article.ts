/** An informator article for families (content/informator/*.md). */
import { z } from 'astro/zod';
import { isoDate, requiredText } from './fields.ts';

export const ARTICLE_QUESTIONS = ['kto-pomoze', 'jakie-prawa', 'jak-uzyskac', 'pilna-pomoc'] as const;

export const articleSchema = z.object({
  title: requiredText('Tytuł (title)', 'Wpisz tytuł w formie pytania albo krótkiego zdania.'),
  summary: requiredText('Streszczenie (summary)', 'Napisz 1–3 krótkie zdania: najważniejsze informacje z artykułu.'),
  question: z.enum(ARTICLE_QUESTIONS, { error: `Grupa (question): wpisz jedną z wartości: ${ARTICLE_QUESTIONS.join(', ')}.` }),
  order: z.number().int().default(100),
  legal_basis: z.array(z.string()).default([]),
  reviewed: isoDate('Data przeglądu (reviewed)'),
  related: z.array(z.string()).default([]),
  /** Links to directory filters: taxonomy ids by kind. */
  filters: z
    .object({ types: z.array(z.string()).default([]), needs: z.array(z.string()).default([]), audiences: z.array(z.string()).default([]) })
    .default({ types: [], needs: [], audiences: [] }),
  /** National helplines (ids from content/helplines.yaml) shown in a box beside the article. */
  helplines: z.array(z.string()).default([]),
});

export type Article = z.output<typeof articleSchema>;
