import { describe, expect, it } from 'vitest';
import { normalize, tokens } from './text.ts';

describe('normalize', () => {
  it('folds Polish diacritics, ł included, and case', () => {
    expect(normalize('Ośrodek Pomocy Społecznej')).toBe('osrodek pomocy spolecznej');
    expect(normalize('ŁÓDŹ, Żółć ąęń')).toBe('lodz zolc aen');
  });
  it('turns punctuation into single spaces', () => {
    expect(normalize('  Poradnia Psychologiczno-Pedagogiczna (PPP) ')).toBe('poradnia psychologiczno pedagogiczna ppp');
    expect(tokens('„Za życiem”')).toEqual(['za', 'zyciem']);
    expect(tokens('  ')).toEqual([]);
  });
});
