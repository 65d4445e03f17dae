/**
 * The search island's words: the page hands it the search area's words of its own language
 * (src/i18n/locales/search/, without the page's `page.*`), bound here to the language's plural rules.
 */
import type { pl } from '../../i18n/locales/search/pl.ts';

type All = { readonly [K in keyof typeof pl]: string };
type PageKey = Extract<keyof All, `page.${string}`>;
export type SearchWords = Omit<All, PageKey>;
type Key = keyof SearchWords;

export interface SearchTranslator {
  t(key: Key, params?: Record<string, string | number>): string;
  /** "3 wyniki", "5 результатів", "1 result" */
  results(n: number): string;
}

export function bindSearchWords(words: SearchWords, locale: string): SearchTranslator {
  const rules = new Intl.PluralRules(locale);
  const t = (key: Key, params?: Record<string, string | number>) =>
    params ? words[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : words[key];
  const results = (n: number) => {
    const category = rules.select(n);
    const form = category === 'one' ? 'one' : category === 'few' ? 'few' : 'many';
    return `${n} ${words[`search.count.${form}`]}`;
  };
  return { t, results };
}
