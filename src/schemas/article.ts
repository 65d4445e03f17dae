/** An informator article for families (content/informator/*.md). */
import { z } from 'astro/zod';
import { httpUrl, isoDate, limitedList, requiredText, strictObject } from './fields.ts';
import { LIMITS } from './limits.ts';

const LINKS = LIMITS.list.article_links;
const id = (what: string) => requiredText(what, 'Wpisz identyfikator (id albo nazwę pliku bez .md).', { max: LIMITS.text.id });
const ids = (what: string, max: number = LINKS) => limitedList(id(what), what, max).default([]);

export const ARTICLE_QUESTIONS = ['kto-pomoze', 'jakie-prawa', 'jak-uzyskac', 'pilna-pomoc'] as const;

export const articleSchema = strictObject({
  title: requiredText('Tytuł (title)', 'Wpisz tytuł w formie pytania albo krótkiego zdania.', { max: LIMITS.text.article_title }),
  summary: requiredText('Streszczenie (summary)', 'Napisz 1–3 krótkie zdania: najważniejsze informacje z artykułu.', { max: LIMITS.text.article_summary }),
  question: z.enum(ARTICLE_QUESTIONS, { error: `Grupa (question): wpisz jedną z wartości: ${ARTICLE_QUESTIONS.join(', ')}.` }),
  order: z.number().int().default(100),
  legal_basis: limitedList(
    requiredText('Podstawa prawna (legal_basis)', 'Wpisz akt prawny i artykuł.', { max: LIMITS.text.legal_basis }),
    'Podstawa prawna (legal_basis)',
    LINKS,
  ).default([]),
  reviewed: isoDate('Data przeglądu (reviewed)'),
  /**
   * Where a reader can check the article: the act (full name and date) and the official page, by name.
   * Every article needs at least one; src/data/informator.ts stops the build without it.
   */
  sources: z
    .array(
      z.object({
        title: requiredText(
          'Źródło (sources → title)',
          'Wpisz pełną nazwę aktu z datą albo nazwę oficjalnej strony, np. „Ustawa z dnia 4 listopada 2016 r. o wsparciu kobiet w ciąży i rodzin „Za życiem””.',
        ),
        url: httpUrl.optional(),
      }),
      { error: 'Źródła (sources) muszą być listą: - title: "Nazwa aktu lub strony" (url: https://… gdy jest).' },
    )
    .default([]),
  related: ids('Powiązane artykuły (related)'),
  /** Links to directory filters: taxonomy ids by kind. */
  filters: strictObject({
    types: ids('Rodzaje (filters → types)', LIMITS.list.terms),
    needs: ids('Potrzeby (filters → needs)', LIMITS.list.terms),
    audiences: ids('Dla kogo (filters → audiences)', LIMITS.list.terms),
  }).default({ types: [], needs: [], audiences: [] }),
  /** National helplines (ids from content/helplines.yaml) shown in a box beside the article. */
  helplines: ids('Telefony zaufania (helplines)'),
});

export type Article = z.output<typeof articleSchema>;
