/** An informator article for families (content/informator/*.md). */
import { z } from 'astro/zod';
import { isoDate, limitedList, requiredText, strictObject } from './fields.ts';
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
  legal_basis: limitedList(requiredText('Podstawa prawna (legal_basis)', 'Wpisz akt prawny i artykuł.', { max: LIMITS.text.legal_basis }), 'Podstawa prawna (legal_basis)', LINKS).default([]),
  reviewed: isoDate('Data przeglądu (reviewed)'),
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
