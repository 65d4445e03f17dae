import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from './entries.ts';
import { findByName, suggest } from './suggest.ts';
import { builderTranslator } from '../../../tests/helpers/words.ts';

const words = builderTranslator('pl');

const entry = (
  id: string,
  name: string,
  gmina: string | undefined,
  serves: CatalogueEntry['serves'],
  needs: string[],
  audiences: string[] = ['wszyscy'],
): CatalogueEntry => ({
  id,
  kind: gmina ? 'institution' : 'helpline',
  name,
  url: `/placowka/${id}/`,
  type: 'ops',
  ...(gmina ? { gmina } : {}),
  serves,
  emergency: false,
  address: '',
  phones: [],
  emails: [],
  hoursText: [],
  verified: '2026-11-23',
  services: [{ id: 's', name: 'Usługa', description: '', access: '', needs, audiences }],
});
const needName = (id: string) => ({ psychologiczne: 'Wsparcie psychologiczne', prawne: 'Pomoc prawna' })[id] ?? id;
const GMINA = '2011013';

describe('suggest', () => {
  const entries = [
    entry('national', 'Telefon', undefined, 'kraj', ['psychologiczne']),
    entry('woj', 'Wojewódzki ośrodek', '2061011', 'wojewodztwo', ['psychologiczne']),
    entry('powiat', 'PCPR', '2011022', 'powiat', ['psychologiczne', 'prawne']),
    entry('local', 'Ośrodek w gminie', GMINA, 'gmina', ['psychologiczne']),
    entry('elsewhere', 'Inna gmina', '2011022', 'gmina', ['psychologiczne']),
    entry('other-need', 'Bez potrzeby', GMINA, 'gmina', ['pieniadze']),
    entry('other-woj', 'Inne województwo', '1465011', 'wojewodztwo', ['psychologiczne']),
  ];
  it('orders local, powiat, województwo, national and gives the reason', () => {
    const out = suggest(entries, { gmina: GMINA, needs: ['psychologiczne', 'prawne'], audiences: [], needName, words });
    expect(out.map((s) => s.entry.id)).toEqual(['local', 'powiat', 'woj', 'national']);
    expect(out[0]!.reason).toBe('odpowiada na potrzebę: Wsparcie psychologiczne; działa w Twojej gminie');
    expect(out[1]!.reason).toBe('odpowiada na potrzeby: Wsparcie psychologiczne, Pomoc prawna; działa w Twoim powiecie');
    expect(out[3]!.reason).toMatch(/działa w całej Polsce$/);
  });

  it('audiences order, they do not hide: a match on the situation ranks higher and says why', () => {
    const only = [
      entry('adults', 'Telefon dla dorosłych', undefined, 'kraj', ['psychologiczne'], ['dorosli-w-kryzysie']),
      entry('pregnant', 'Linia dla kobiet w ciąży', undefined, 'kraj', ['psychologiczne'], ['kobiety-w-ciazy']),
      entry('kids', 'Dla dzieci', GMINA, 'gmina', ['psychologiczne'], ['dzieci-i-mlodziez']),
    ];
    const audienceName = (id: string) => ({ 'kobiety-w-ciazy': 'Kobiety w ciąży i ich rodziny' })[id] ?? id;
    const out = suggest(only, { gmina: GMINA, needs: ['psychologiczne'], audiences: ['kobiety-w-ciazy'], needName, audienceName, words });
    // Reach still comes first (the local service), then within national the one for the family's situation.
    expect(out.map((s) => s.entry.id)).toEqual(['kids', 'pregnant', 'adults']);
    expect(out[1]!.reason).toBe(
      'odpowiada na potrzebę: Wsparcie psychologiczne; pasuje do sytuacji rodziny: Kobiety w ciąży i ich rodziny; działa w całej Polsce',
    );
    expect(out[2]!.reason).toBe('odpowiada na potrzebę: Wsparcie psychologiczne; działa w całej Polsce');
    expect(out[2]!.audiences).toEqual([]);
  });

  it('puts a generic (statutory) card after the real entries of its reach, at its level', () => {
    const generic = (id: string, serves: 'gmina' | 'powiat'): CatalogueEntry => ({
      ...entry(id, `Ogólna ${id}`, GMINA, serves, ['prawne']),
      kind: 'statutory',
    });
    const real = entry('real-powiat', 'Punkt w powiecie', '2011022', 'powiat', ['prawne']);
    const out = suggest([generic('g-powiat', 'powiat'), generic('g-gmina', 'gmina'), real], {
      gmina: GMINA,
      needs: ['prawne'],
      audiences: [],
      needName,
      words,
    });
    expect(out.map((s) => [s.entry.id, s.reach])).toEqual([
      ['g-gmina', 0],
      ['real-powiat', 1],
      ['g-powiat', 1],
    ]);
    expect(out[0]!.reason).toBe('odpowiada na potrzebę: Pomoc prawna; taka instytucja działa w każdej gminie, także w Twojej');
    expect(out[2]!.reason).toMatch(/taka instytucja działa dla każdego powiatu, także Twojego$/);
    // A generic card made for another gmina does not reach this one.
    expect(suggest([generic('x', 'gmina')], { gmina: '2011022', needs: ['prawne'], audiences: [], needName, words })).toEqual([]);
  });

  it('finds by name without diacritics, ł included', () => {
    expect(findByName(entries, 'osrodek gminie').map((e) => e.id)).toEqual(['local']);
    expect(findByName([entry('l', 'Łomża', GMINA, 'gmina', [])], 'lomz').map((e) => e.id)).toEqual(['l']);
    expect(findByName(entries, 'o')).toEqual([]);
  });
  it('finds a name by an inflected word and ignores stop words, but "praca" does not find "Pracownia"', () => {
    const named = [
      entry('d', 'Urząd Miejski w Dąbrowie Białostockiej', GMINA, 'gmina', []),
      entry('p', 'Pracownia Ceramiki', GMINA, 'gmina', []),
      entry('u', 'Powiatowy Urząd Pracy', GMINA, 'powiat', []),
    ];
    expect(findByName(named, 'urząd w dąbrowa').map((e) => e.id)).toEqual(['d']);
    expect(findByName(named, 'praca').map((e) => e.id)).toEqual(['u']);
    expect(findByName(named, 'powiatowego pracy').map((e) => e.id)).toEqual(['u']);
  });
});
