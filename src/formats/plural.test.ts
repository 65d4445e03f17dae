import { describe, expect, it } from 'vitest';
import { plural, WORDS } from './plural.ts';

describe('Polish plurals', () => {
  it.each([
    [1, '1 placówka'],
    [2, '2 placówki'],
    [4, '4 placówki'],
    [5, '5 placówek'],
    [12, '12 placówek'],
    [22, '22 placówki'],
    [25, '25 placówek'],
    [0, '0 placówek'],
  ])('%i → %s', (n, text) => expect(plural(n, WORDS.institution)).toBe(text));
});
