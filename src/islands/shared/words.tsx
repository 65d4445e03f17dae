/**
 * An island's words: the page hands the island the words of its own language as a prop (so a page ships no other
 * language), the island binds them once (`useTranslator`) and gives the translator to its components through
 * `WordsProvider`; a component says things with `useWords()`, never by importing a language.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, type Dictionary, type Translator, type VocabularyKey } from '../../i18n/translate.ts';

type Words = Dictionary & Record<VocabularyKey, string>;

const WordsContext = createContext<Translator<Words> | null>(null);

/** The words given as a prop, bound to their locale's plural rules and dates; the same translator while the props do not change. */
export function useTranslator<D extends Words>(words: D, locale: string): Translator<D> {
  return useMemo(() => createTranslator(words, locale), [words, locale]);
}

export function WordsProvider<D extends Words>({ words, children }: { words: Translator<D>; children: ReactNode }) {
  return <WordsContext.Provider value={words as unknown as Translator<Words>}>{children}</WordsContext.Provider>;
}

/** The translator of the nearest WordsProvider, typed by the island that provides it. */
export function useWords<T extends Translator<Words> = Translator<Words>>(): T {
  const words = useContext(WordsContext);
  if (!words) throw new Error('useWords() outside a WordsProvider');
  return words as T;
}
