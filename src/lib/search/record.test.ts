import { describe, expect, it } from 'vitest';
import type { EntryView } from '../directory/view.ts';
import { stems } from './stem.ts';
import { recordShard, searchRecord } from './record.ts';

const names = { types: new Map([['ppp', 'Poradnia psychologiczno-pedagogiczna']]), needs: new Map([['rozwoj-dziecka', 'Rozwój dziecka']]) };
const week = [[[450, 930]], [], [], [], [], [], []] as const;

const entry: EntryView = {
  kind: 'institution',
  id: 'x',
  slug: 'ppp-test',
  url: '/placowka/ppp-test/',
  name: 'Poradnia Psychologiczno-Pedagogiczna w Łapach',
  type: 'ppp',
  status: 'active',
  serves: 'powiat',
  place: {
    gmina: { code: '2002043', name: 'Łapy', slug: 'lapy' },
    powiat: { code: '2002', label: 'powiat białostocki', slug: 'powiat-bialostocki' },
    wojewodztwo: { code: '20', name: 'podlaskie', slug: 'podlaskie' },
  },
  location: { lat: 52.9912345, lng: 22.8812345, precision: 'approximate' },
  phones: [{ number: '+48857150000', display: '+48 85 715 00 00', href: 'tel:+48857150000' }],
  emails: [],
  week,
  hoursText: [],
  services: [
    {
      id: 'diagnoza',
      name: 'Diagnoza psychologiczna',
      description: 'Badanie dziecka przez psychologa.',
      needs: ['rozwoj-dziecka'],
      forms: [],
      audiences: ['dzieci-i-mlodziez'],
      cost: 'free',
    },
  ],
  languages: ['pl'],
  accessibility: 'Parter.',
  verified: { date: '2026-11-01', source: 'test', source_date: '2025' },
  freshness: '2025-01-01',
  identifiers: [],
  emergency: false,
};

describe('searchRecord', () => {
  it('carries the freshness date for ranking (r)', () => {
    expect(searchRecord(entry, names).r).toBe('2025-01-01');
  });

  it('carries the languages besides Polish (j) only when there are any', () => {
    expect(searchRecord(entry, names).j).toBeUndefined();
    expect('j' in searchRecord(entry, names)).toBe(false);
    expect(searchRecord({ ...entry, languages: ['pl', 'uk'] }, names).j).toEqual(['uk']);
    expect(searchRecord({ ...entry, languages: ['uk', 'pl', 'en'] }, names).j).toEqual(['uk', 'en']);
  });

  it('keeps the facets, hours, a rounded location and what the entry offers', () => {
    const r = searchRecord(entry, names);
    expect(r).toMatchObject({
      u: '/placowka/ppp-test/',
      t: 'ppp',
      g: '2002043',
      s: 1,
      d: ['rozwoj-dziecka'],
      a: ['dzieci-i-mlodziez'],
      f: 1,
      x: 1,
      w: week,
      l: [52.99123, 22.88123, 1],
      o: '+48 85 715 00 00',
      v: ['Diagnoza psychologiczna'],
    });
    expect(r.p).toBe('Łapy, powiat białostocki');
    expect(r.e).toBeUndefined();
  });
  it('matches on the stems of the name first, then of type, services, needs and place, each stem once', () => {
    const r = searchRecord(entry, names);
    expect(r.k.startsWith(`${stems(entry.name).join(' ')} | `)).toBe(true);
    expect(r.k.startsWith('poradn psychologiczn pedagogiczn w lap | ')).toBe(true);
    const rest = r.k.split(' | ')[1]!.split(' ');
    for (const word of ['psycholog', 'rozwoj', 'dzieck', 'powiat', 'bialostock', 'badan']) expect(rest).toContain(word);
    expect(rest).not.toContain('poradn'); // already in the name
    expect(new Set(rest).size).toBe(rest.length);
  });
  it('puts national services in the "kraj" file and the rest in their województwo', () => {
    expect(recordShard(searchRecord(entry, names))).toBe('20');
    expect(recordShard(searchRecord({ ...entry, serves: 'kraj' }, names))).toBe('kraj');
    expect(recordShard({ g: '', s: 3 })).toBe('kraj');
  });
});
