import { describe, expect, it } from 'vitest';
import { changesSince, describeChanges } from './changes.ts';
import { catalogueEntry, snapshotOf, type CatalogueEntry } from './entries.ts';
import { builderTranslator } from '../../../tests/helpers/words.ts';

const polish = builderTranslator('pl');

const current: CatalogueEntry = {
  id: 'a',
  kind: 'institution',
  name: 'MOPS',
  url: '/placowka/a/',
  type: 'ops',
  gmina: '2011013',
  serves: 'gmina',
  emergency: false,
  address: 'ul. Solidarności 1, 16-200 Dąbrowa Białostocka',
  phones: [{ display: '85 711 73 46', label: '' }],
  emails: [],
  hoursText: ['poniedziałek–piątek 7:30–15:30'],
  verified: '2026-11-23',
  services: [{ id: 's', name: 'Praca socjalna', description: '', access: '', needs: ['pieniadze'], audiences: [] }],
};

describe('changesSince', () => {
  const snapshot = snapshotOf(current, 0, ['pieniadze']);
  it('finds nothing when the entry is unchanged', () => {
    expect(changesSince(snapshot, current)).toEqual([]);
  });
  it('names each change', () => {
    const changed = {
      ...current,
      name: 'MOPS 2',
      phones: [{ display: '85 000 00 00', label: '' }],
      hoursText: [],
      verified: '2026-12-01',
      address: 'ul. Nowa 2',
    };
    expect(changesSince(snapshot, changed)).toEqual(['name', 'address', 'phones', 'hours', 'verified']);
    expect(describeChanges(polish, ['phones', 'hours'])).toBe('Od chwili wyboru zmieniły się numery telefonów, zmieniły się godziny.');
  });
  it('says when the entry is gone', () => {
    expect(changesSince(snapshot, undefined)).toEqual(['removed']);
    expect(describeChanges(polish, ['removed'])).toMatch(/nie ma już/);
  });
  it('a hidden address is never copied', () => {
    const view = { address: { street: 'ul. Tajna 1', city: 'X', hidden: true } } as Parameters<typeof catalogueEntry>[0];
    const place = {
      gmina: { code: '2011013', name: '', slug: '' },
      powiat: { code: '2011', label: '', slug: '' },
      wojewodztwo: { code: '20', name: '', slug: '' },
    };
    expect(
      catalogueEntry({
        ...view,
        id: 'x',
        kind: 'institution',
        place,
        name: 'n',
        url: '/',
        type: 't',
        status: 'active',
        serves: 'gmina',
        phones: [],
        emails: [],
        hoursText: [],
        services: [],
        languages: [],
        verified: { date: '2026-11-23', source: '' },
        emergency: false,
        slug: 'x',
      }).address,
    ).toBe('');
  });
});
