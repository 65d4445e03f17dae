/** The builder's translator, from the page's words (src/islands/shared/words.tsx). */
import type { BuilderTranslator } from '../../lib/catalogue/words.ts';
import { useWords } from '../shared/words.tsx';

export const useBuilderWords = () => useWords<BuilderTranslator>();

/** Polish data (the institutions' names, addresses, the register's names) are marked so on a page in another language. */
export const PL = 'pl';

/** The printed catalogue's language: the page's, Polish, or both (the page's first). */
export type PdfChoice = 'page' | 'pl' | 'both';
