import { describe, expect, it } from 'vitest';
import { loadSchemaRefs } from '../../data/reference.ts';
import { institutionSchema } from '../../schemas/institution.ts';
import { emptyAdded, ownSnapshot } from '../catalogue/added.ts';
import type { Chosen } from '../catalogue/model.ts';
import { bundleDraft, bundleItems, correctionOf, serviceName, uniquePaths } from './bundle.ts';
import { draftToData } from './draft-data.ts';
import { emptyDraft } from './draft.ts';

const notes = { why: '', nextStep: '', contactPerson: '', documents: '', date: '' };
const parish: Chosen = {
  entryId: 'wlasne-1',
  snapshot: ownSnapshot(),
  added: {
    ...emptyAdded(),
    name: 'Parafialny bank żywności',
    type: 'parafia',
    offers: 'Paczki z żywnością raz w miesiącu. Zapisy w kancelarii.',
    phones: [{ number: '+48 85 711 73 46', label: 'kancelaria' }],
    city: 'Sztabin',
  },
  ...notes,
};
const ops: Chosen = {
  entryId: 'ustawowe-ops',
  snapshot: {
    ...ownSnapshot(),
    kind: 'statutory',
    name: 'Ośrodek pomocy społecznej',
    url: '/placowki/rodzaj/ops/',
    gmina: '2001072',
    reach: 0,
    services: [
      { id: 'praca-socjalna', name: 'Praca socjalna', description: 'Rozmowa z pracownikiem socjalnym.', access: '', needs: ['pieniadze', 'wsparcie-rodziny'] },
    ],
  },
  added: { ...emptyAdded(), type: 'ops', phones: [{ number: '+48 87 641 30 14', label: '' }] },
  ...notes,
};
const helpline: Chosen = { ...ops, entryId: 'telefon', snapshot: { ...ops.snapshot, kind: 'helpline' } };
const untouched: Chosen = { ...ops, entryId: 'ustawowe-pcpr', added: emptyAdded() };
const answers = { source: 'Rozmowa telefoniczna z placówką', needs: { 'wlasne-1': ['rzeczy'] } };
const schema = institutionSchema(loadSchemaRefs());

describe('"Pobierz wszystkie jako pliki wpisów"', () => {
  it('takes own entries and filled-in cards, never a helpline or an untouched card', () => {
    expect(bundleItems([parish, helpline, untouched, ops]).map((c) => c.entryId)).toEqual(['wlasne-1', 'ustawowe-ops']);
  });

  it('an own entry: its offer names the service, the answered matters are its needs, the answered source is the source; the schema accepts it', () => {
    const draft = bundleDraft(parish, '2001072', answers, emptyDraft('0b7f3c52-2d5e-4b1a-9c3e-5f2a7d9e1c40', '2026-11-23'), '2026-11-23');
    expect(draft).toMatchObject({
      slug: 'parafialny-bank-zywnosci',
      gmina: '2001072',
      verified_date: '2026-11-23',
      verified_source: 'Rozmowa telefoniczna z placówką',
    });
    expect(draft.services).toEqual([
      expect.objectContaining({
        name: 'Paczki z żywnością raz w miesiącu',
        description: 'Paczki z żywnością raz w miesiącu. Zapisy w kancelarii.',
        needs: ['rzeczy'],
      }),
    ]);
    const parsed = schema.safeParse(draftToData(draft));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual([]);
  });

  it('a filled-in generic card keeps what the directory says its kind offers; the schema accepts it', () => {
    const draft = bundleDraft(ops, '2001072', answers, emptyDraft('1b7f3c52-2d5e-4b1a-9c3e-5f2a7d9e1c40', '2026-11-23'), '2026-11-23');
    expect(draft.services.map((s) => [s.name, s.needs])).toEqual([['Praca socjalna', ['pieniadze', 'wsparcie-rodziny']]]);
    expect(draft.phones).toEqual([{ number: '+48 87 641 30 14', label: '' }]);
    const parsed = schema.safeParse(draftToData(draft));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual([]);
  });

  it('an own entry without an answered matter is not valid (the panel asks for one)', () => {
    const draft = bundleDraft(parish, '2001072', { ...answers, needs: {} }, emptyDraft('0b7f3c52-2d5e-4b1a-9c3e-5f2a7d9e1c40', '2026-11-23'), '2026-11-23');
    expect(schema.safeParse(draftToData(draft)).success).toBe(false);
  });

  it('a directory entry is a correction of its own file', () => {
    expect(correctionOf({ snapshot: { ...ops.snapshot, kind: 'institution', url: '/placowka/mops-dabrowa-bialostocka/', gmina: '2011013' } })).toEqual({
      slug: 'mops-dabrowa-bialostocka',
      woj: '20',
    });
    expect(correctionOf(parish)).toBeUndefined();
  });

  it('service names: the first sentence, cut at a word under 120 characters; file names unique', () => {
    expect(serviceName('')).toBe('Wsparcie dla rodzin');
    expect(serviceName('Porady prawne! Raz w tygodniu.')).toBe('Porady prawne');
    const long = serviceName('słowo '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith('słowo…')).toBe(true);
    expect(uniquePaths(['a/x.md', 'a/x.md', 'a/y.md', 'a/x.md'])).toEqual(['a/x.md', 'a/x-2.md', 'a/y.md', 'a/x-3.md']);
  });
});
