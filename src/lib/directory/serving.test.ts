import { describe, expect, it } from 'vitest';
import { areaIndex, servingFromIndex, servingGmina } from './serving.ts';
import type { EntryView } from './view.ts';

function entry(id: string, gmina: string | undefined, serves: EntryView['serves'], extra: Partial<Omit<EntryView, 'kind' | 'place'>> = {}): EntryView {
  const common: Omit<EntryView, 'kind' | 'place'> = {
    id,
    slug: id,
    url: `/placowka/${id}/`,
    name: id,
    type: 'ops',
    status: 'active',
    serves,
    phones: [],
    emails: [],
    hoursText: [],
    services: [],
    languages: ['pl'],
    verified: { date: '2026-01-01', source: 'test' },
    freshness: '2026-01-01',
    identifiers: [],
    emergency: false,
    ...extra,
  };
  // An entry with a seat is an institution (with its place); one without is a national helpline.
  return gmina
    ? {
        ...common,
        kind: 'institution',
        place: {
          gmina: { code: gmina, name: '', slug: '' },
          powiat: { code: gmina.slice(0, 4), label: '', slug: '' },
          wojewodztwo: { code: gmina.slice(0, 2), name: '', slug: '' },
        },
      }
    : { ...common, kind: 'helpline' };
}

const entries = [
  entry('b-local', '2011013', 'gmina'),
  entry('a-local', '2011013', 'gmina'),
  entry('neighbour', '2011083', 'gmina'),
  entry('powiat', '2011083', 'powiat'),
  entry('other-powiat', '2001011', 'powiat'),
  entry('region', '2061011', 'wojewodztwo'),
  entry('other-region', '2201011', 'wojewodztwo'),
  entry('helpline', undefined, 'kraj'),
  entry('emergency', undefined, 'kraj', { emergency: true }),
  entry('closed', '2011013', 'gmina', { status: 'inactive' }),
];

describe('what serves a gmina', () => {
  it('lists local entries first, then powiat, województwo and national ones (the emergency number first among them)', () => {
    expect(servingGmina(entries, '2011013').map((s) => [s.entry.id, s.reach])).toEqual([
      ['a-local', 0],
      ['b-local', 0],
      ['powiat', 1],
      ['region', 2],
      ['emergency', 3],
      ['helpline', 3],
    ]);
  });

  it('ranks fresher data first within one reach, never above a closer reach', () => {
    const dated = [
      entry('a-old', '2011013', 'gmina', { freshness: '2019-01-01' }),
      entry('b-new', '2011013', 'gmina', { freshness: '2026-11-23' }),
      entry('c-mid', '2011013', 'gmina', { freshness: '2024-01-01' }),
      entry('powiat-new', '2011022', 'powiat', { freshness: '2026-12-01' }),
    ];
    expect(servingGmina(dated, '2011013').map((s) => s.entry.id)).toEqual(['b-new', 'c-mid', 'a-old', 'powiat-new']);
  });

  it('gives the same answer from the area index as from all entries, for every gmina that appears', () => {
    const index = areaIndex(entries);
    for (const code of ['2011013', '2011083', '2001011', '2061011', '2201011', '1465011']) {
      expect(servingFromIndex(index, code)).toEqual(servingGmina(entries, code));
    }
  });
});
