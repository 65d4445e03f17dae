/**
 * The interface's words, in Polish (the only language today). Import words from here, never write a label
 * keyed by the vocabulary, a field label or a counted word in a component. See locales/pl.ts for the keys.
 */
import { pl } from './locales/pl.ts';
import { createTranslator } from './translate.ts';

export { capitalize, termName, type CountWord, type UiKey, type Vocabulary } from './translate.ts';
export { formatDatePl } from './dates.ts';

export const { t, label, count, options } = createTranslator(pl, 'pl-PL');
