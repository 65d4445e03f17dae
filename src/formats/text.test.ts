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

describe('normalize: Cyrillic', () => {
  it('keeps Ukrainian letters, lowercased, with й and ї folded like Polish diacritics', () => {
    expect(normalize('Психолог')).toBe('психолог');
    expect(normalize('ЮРИСТ безкоштовно')).toBe('юрист безкоштовно');
    expect(normalize('Їжа, мій, ґанок, Єва')).toBe('іжа міи ґанок єва');
    expect(normalize('мій')).toBe(normalize('міи')); // the same folding on both sides of a search
  });
  it('keeps a word with the Ukrainian apostrophe whole, whichever apostrophe is typed', () => {
    for (const w of ["б'є", 'б’є', 'бʼє', 'б`є']) expect(tokens(`мене ${w} чоловік`)).toEqual(['мене', 'бє', 'чоловік']);
    expect(tokens("сім'я")).toEqual(['сімя']);
  });
  it('still splits at an apostrophe between Latin letters', () => {
    expect(tokens("O'Neill")).toEqual(['o', 'neill']);
  });
});
