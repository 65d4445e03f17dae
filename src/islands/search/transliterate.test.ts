import { describe, expect, it } from 'vitest';
import { toCyrillic } from './transliterate.ts';

describe('Ukrainian typed in Latin letters', () => {
  it.each([
    ['asystent', 'асистент'],
    ['Asystent rodyny', 'асистент родини'],
    ['dopomoha', 'допомога'],
    ['vahitnist', 'вагітніст'],
    ['informatsiia', 'інформація'],
    ['simia', 'сімя'],
    ["sim'ia", 'сімя'],
    ['shcho robyty', 'що робити'],
    ['zhinka', 'жінка'],
    ['psykholoh', 'психолог'],
  ])('%s → %s', (latin, cyrillic) => expect(toCyrillic(latin)).toBe(cyrillic));

  it('leaves Cyrillic alone (no second search)', () => {
    expect(toCyrillic('асистент')).toBeNull();
    expect(toCyrillic('  ')).toBeNull();
  });

  it('reads only the Latin letters of a mixed query', () => {
    expect(toCyrillic('асистент 500+')).toBeNull();
    expect(toCyrillic('asystent 500')).toBe('асистент 500');
  });
});
