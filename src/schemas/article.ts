/** An informator article for families (content/informator/*.md). */
import { z } from 'astro/zod';
import { httpUrl, isoDate, requiredText } from './fields.ts';

export const ARTICLE_QUESTIONS = ['kto-pomoze', 'jakie-prawa', 'jak-uzyskac', 'pilna-pomoc'] as const;

export const articleSchema = z.object({
  title: requiredText('Tytuł (title)', 'Wpisz tytuł w formie pytania albo krótkiego zdania.'),
  summary: requiredText('Streszczenie (summary)', 'Napisz 1–3 krótkie zdania: najważniejsze informacje z artykułu.'),
  question: z.enum(ARTICLE_QUESTIONS, { error: `Grupa (question): wpisz jedną z wartości: ${ARTICLE_QUESTIONS.join(', ')}.` }),
  order: z.number().int().default(100),
  legal_basis: z.array(z.string()).default([]),
  reviewed: isoDate('Data przeglądu (reviewed)'),
  /**
   * Where a reader can check the article: the act (full name and date) and the official page, by name.
   * Every article needs at least one; src/data/informator.ts stops the build without it.
   */
  sources: z
    .array(
      z.object({
        title: requiredText('Źródło (sources → title)', 'Wpisz pełną nazwę aktu z datą albo nazwę oficjalnej strony, np. „Ustawa z dnia 4 listopada 2016 r. o wsparciu kobiet w ciąży i rodzin „Za życiem””.'),
        url: httpUrl.optional(),
      }),
      { error: 'Źródła (sources) muszą być listą: - title: "Nazwa aktu lub strony" (url: https://… gdy jest).' },
    )
    .default([]),
  related: z.array(z.string()).default([]),
  /** Links to directory filters: taxonomy ids by kind. */
  filters: z
    .object({ types: z.array(z.string()).default([]), needs: z.array(z.string()).default([]), audiences: z.array(z.string()).default([]) })
    .default({ types: [], needs: [], audiences: [] }),
  /** National helplines (ids from content/helplines.yaml) shown in a box beside the article. */
  helplines: z.array(z.string()).default([]),
});

export type Article = z.output<typeof articleSchema>;
