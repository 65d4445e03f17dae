import { describe, expect, it } from 'vitest';
import type { StatutoryKind } from '../../schemas/statutory.ts';
import { actsText, baselineFor, GENERIC_NOTE, howToFind, missingKinds } from './baseline.ts';

const kind = (id: string, type: string, level: 'gmina' | 'powiat' = 'gmina'): StatutoryKind => ({
  id,
  type,
  level,
  name: id,
  also_called: [],
  description: 'd',
  acts: [{ name: 'ustawa z dnia 12 marca 2004 r. o pomocy społecznej' }],
  how_to_find: 'BIP gminy {gmina} ({powiat})',
  services: [{ id: 's', name: 's', needs: ['pieniadze'], forms: [], audiences: [] }],
});

describe('baselineFor', () => {
  const kinds = [kind('ops', 'ops'), kind('pcpr', 'pcpr', 'powiat')];
  it('pairs each kind with the real entries of its type, in the given order', () => {
    const serving = [
      { id: 'a', type: 'ops' },
      { id: 'b', type: 'kultura' },
      { id: 'c', type: 'ops' },
    ];
    const out = baselineFor(kinds, serving);
    expect(out.map((b) => [b.kind.id, b.real.map((e) => e.id)])).toEqual([
      ['ops', ['a', 'c']],
      ['pcpr', []],
    ]);
    expect(missingKinds(kinds, serving).map((k) => k.id)).toEqual(['pcpr']);
  });
  it('with no entries every kind is missing', () => {
    expect(missingKinds(kinds, []).map((k) => k.id)).toEqual(['ops', 'pcpr']);
  });
});

describe('words', () => {
  it('fills the places and cites the article only when given', () => {
    expect(howToFind(kind('ops', 'ops'), { gmina: 'Sztabin', powiat: 'powiat augustowski' })).toBe('BIP gminy Sztabin (powiat augustowski)');
    expect(actsText({ acts: [{ name: 'ustawa A' }, { name: 'ustawa B', article: 'art. 9a' }] })).toBe('ustawa A; ustawa B (art. 9a)');
    expect(GENERIC_NOTE.gmina).toBe('Ta instytucja działa w każdej gminie; nie mamy jeszcze jej adresu.');
  });
});
