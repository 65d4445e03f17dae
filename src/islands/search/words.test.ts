import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/locales/search/en.ts';
import { pl } from '../../i18n/locales/search/pl.ts';
import { uk } from '../../i18n/locales/search/uk.ts';
import { bindSearchWords } from './words.ts';

describe('the search island counts its results in the page language', () => {
  it.each([
    [pl, 'pl-PL', 1, '1 wynik'],
    [pl, 'pl-PL', 3, '3 wyniki'],
    [pl, 'pl-PL', 5, '5 wyników'],
    [pl, 'pl-PL', 22, '22 wyniki'],
    [uk, 'uk-UA', 1, '1 результат'],
    [uk, 'uk-UA', 3, '3 результати'],
    [uk, 'uk-UA', 11, '11 результатів'],
    [uk, 'uk-UA', 21, '21 результат'],
    [en, 'en-GB', 1, '1 result'],
    [en, 'en-GB', 2, '2 results'],
  ])('%#: %i → %s', (words, locale, n, text) => expect(bindSearchWords(words, locale).results(n)).toBe(text));

  it('fills parameters', () => {
    expect(bindSearchWords(pl, 'pl-PL').t('search.found', { count: '2 wyniki' })).toBe('Znaleziono: 2 wyniki.');
    expect(bindSearchWords(uk, 'uk-UA').t('search.found', { count: '2 результати' })).toBe('Знайдено: 2 результати.');
  });
});
