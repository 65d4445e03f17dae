import { describe, expect, it } from 'vitest';
import { emptyAdded, ownSnapshot } from './added.ts';
import { emptyCatalogue, type Catalogue, type Chosen } from './model.ts';
import { pdfData } from './selectors.ts';
import { pdfTranslator } from '../../../tests/helpers/words.ts';

const polish = pdfTranslator('pl');

const chosen = (id: string, kind: 'institution' | 'helpline', needs: string[]): Chosen => ({
  entryId: id,
  snapshot: {
    kind,
    name: `Nazwa ${id}`,
    url: `/placowka/${id}/`,
    address: '',
    phones: [{ display: '85 711 73 46', label: 'sekretariat' }],
    emails: [],
    hoursText: [],
    verified: '2026-11-23',
    reach: 0,
    services: [{ id: 's', name: 'Usługa', description: '', access: '', needs }],
  },
  added: emptyAdded(),
  why: '',
  nextStep: '',
  contactPerson: '',
  documents: '',
  date: '',
});
const options = {
  needs: [
    { id: 'psychologiczne', name: 'Wsparcie psychologiczne' },
    { id: 'prawne', name: 'Pomoc prawna' },
  ],
  audiences: [],
  resources: [{ id: 'wiezi', name: 'Silne więzi' }],
  origin: 'https://katalog.example',
  today: '2026-11-23',
  largePrint: false,
};

describe('pdfData', () => {
  const catalogue: Catalogue = {
    ...emptyCatalogue('2026-11-23'),
    needs: ['prawne', 'psychologiczne'],
    resources: { personal: { ids: [], notes: '' }, family: { ids: ['wiezi'], notes: 'razem' }, environment: { ids: [], notes: '' } },
    chosen: [
      chosen('a', 'institution', ['psychologiczne']),
      chosen('b', 'institution', ['prawne', 'psychologiczne']),
      chosen('c', 'institution', ['pieniadze']),
      chosen('t', 'helpline', ['psychologiczne']),
    ],
    plan: [
      { id: '1', action: 'Zadzwonić', who: 'mama', byWhen: '2026-12-05' },
      { id: '2', action: ' ', who: '', byWhen: '' },
    ],
  };
  const data = pdfData(catalogue, options, polish);

  it('puts each institution once, under the first of the family needs it answers, in the needs order', () => {
    expect(data.sections.map((s) => [s.title, s.services.map((x) => x.id)])).toEqual([
      ['Pomoc prawna', ['b']],
      ['Wsparcie psychologiczne', ['a']],
      ['Inne wsparcie', ['c']],
    ]);
    expect(data.helplines.map((h) => h.id)).toEqual(['t']);
  });
  it('prints plain words: names for ids, dates in Polish, absolute page addresses', () => {
    expect(data.forWhom).toBe('Rodzina');
    expect(data.date).toBe('23 listopada 2026');
    expect(data.resources[1]).toEqual({ title: 'Zasoby systemu rodzinnego', items: ['Silne więzi'], notes: 'razem' });
    expect(data.sections[0]!.services[0]!.url).toBe('https://katalog.example/placowka/b/');
    expect(data.sections[0]!.services[0]!.phones).toEqual(['85 711 73 46 (sekretariat)']);
    expect(data.plan).toEqual([{ action: 'Zadzwonić', who: 'mama', byWhen: '5 grudnia 2026' }]);
  });
});

describe('pdfData: what the assistant added', () => {
  const own = (id: string, added: Partial<Chosen['added']>): Chosen => ({
    ...chosen(id, 'institution', []),
    snapshot: ownSnapshot(),
    added: { ...emptyAdded(), ...added },
  });
  const catalogue: Catalogue = {
    ...emptyCatalogue('2026-11-23'),
    needs: ['prawne', 'psychologiczne'],
    chosen: [
      own('parafia', {
        name: 'Parafialny bank żywności',
        type: 'parafia',
        offers: 'Paczki z żywnością',
        phones: [{ number: '+48 85 711 73 46', label: 'kancelaria' }],
        needs: ['psychologiczne'],
      }),
      own('ops', { name: 'GOPS', website: 'https://gops.example.pl/', postalCode: '16-200', city: 'Janów' }),
      { ...chosen('pcpr', 'institution', ['prawne']), added: { ...emptyAdded(), phones: [{ number: '+48 85 730 40 60', label: '' }], name: 'PCPR w Sokółce' } },
    ],
  };
  const data = pdfData(catalogue, { ...options, types: [{ id: 'parafia', name: 'Parafia lub wspólnota religijna' }] }, polish);
  const all = data.sections.flatMap((s) => s.services);
  const byId = (id: string) => all.find((s) => s.id === id)!;

  it('places own entries under the needs they answer, like any other', () => {
    expect(data.sections.map((s) => [s.title, s.services.map((x) => x.id)])).toEqual([
      ['Pomoc prawna', ['pcpr']],
      ['Wsparcie psychologiczne', ['parafia']],
      ['Inne wsparcie', ['ops']],
    ]);
  });
  it('an own entry: its name, its details as added lines, never "verified", a page address only with a website', () => {
    const parish = byId('parafia');
    expect(parish).toMatchObject({ name: 'Parafialny bank żywności', own: true, verified: '', url: '', phones: [], offers: [] });
    expect(parish.added).toEqual([
      { label: 'Rodzaj', value: 'Parafia lub wspólnota religijna' },
      { label: 'Co oferuje', value: 'Paczki z żywnością' },
      { label: 'Telefon', value: '85 711 73 46 (kancelaria)' },
    ]);
    expect(byId('ops')).toMatchObject({ url: 'https://gops.example.pl/', verified: '' });
    expect(byId('ops').added).toContainEqual({ label: 'Adres', value: '16-200 Janów' });
  });
  it('a filled-in card keeps what the directory said and adds what the assistant wrote', () => {
    const pcpr = byId('pcpr');
    expect(pcpr).toMatchObject({ name: 'Nazwa pcpr', own: false, phones: ['85 711 73 46 (sekretariat)'], verified: '23 listopada 2026' });
    expect(pcpr.added).toEqual([
      { label: 'Nazwa', value: 'PCPR w Sokółce' },
      { label: 'Telefon', value: '85 730 40 60' },
    ]);
  });
});
