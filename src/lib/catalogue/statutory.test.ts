import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from './entries.ts';
import { snapshotOf } from './entries.ts';
import { snapshotSchema } from '../../schemas/catalogue.ts';
import { genericEntries, type StatutoryTemplate } from './statutory.ts';

const template = (id: string, type: string, level: 'gmina' | 'powiat'): StatutoryTemplate => ({
  id,
  type,
  level,
  name: `Nazwa ${id}`,
  alsoCalled: [],
  howToFind: 'BIP gminy {gmina}, {powiat}',
  acts: 'ustawa z dnia 12 marca 2004 r. o pomocy społecznej',
  services: [{ id: 's', name: 'Usługa', description: '', access: '', needs: ['pieniadze'], audiences: ['wszyscy'] }],
});
const real = (id: string, type: string, gmina: string, serves: CatalogueEntry['serves']): CatalogueEntry => ({
  id,
  kind: 'institution',
  name: id,
  url: `/placowka/${id}/`,
  type,
  gmina,
  serves,
  emergency: false,
  address: 'ul. Prosta 1',
  phones: [],
  emails: [],
  hoursText: [],
  verified: '2026-11-23',
  services: [],
});
const SZTABIN = { code: '2001062', name: 'Sztabin', powiat: 'powiat augustowski' };

describe('genericEntries', () => {
  const templates = [template('ops', 'ops', 'gmina'), template('pup', 'urzad-pracy', 'powiat'), template('ppp', 'ppp', 'powiat')];

  it('makes a generic card for each kind the gmina has no real entry of, with the place filled in', () => {
    const entries = [
      real('pup-augustow', 'urzad-pracy', '2001011', 'powiat'), // serves the whole powiat, Sztabin included
      real('ops-elsewhere', 'ops', '2001022', 'gmina'), // another gmina's OPS does not count
      real('ppp-elsewhere', 'ppp', '2011013', 'gmina'),
    ];
    const out = genericEntries(templates, entries, SZTABIN);
    expect(out.map((e) => e.id)).toEqual(['ustawowe-ops', 'ustawowe-ppp']);
    expect(out[0]).toMatchObject({ kind: 'statutory', gmina: SZTABIN.code, serves: 'gmina', verified: '', address: '', phones: [] });
    expect(out[0]!.generic).toEqual({
      note: 'Ta instytucja działa w każdej gminie; nie mamy jeszcze jej adresu.',
      howToFind: 'BIP gminy Sztabin, powiat augustowski',
      acts: templates[0]!.acts,
      alsoCalled: [],
    });
    expect(out[1]!.generic!.note).toBe('Taka instytucja działa dla każdego powiatu; nie mamy jeszcze jej adresu.');
  });

  it('its snapshot passes the catalogue schema and keeps the way to find the address', () => {
    const [ops] = genericEntries(templates, [], SZTABIN);
    const snap = snapshotOf(ops!, 0, ['pieniadze']);
    expect(snapshotSchema.parse(snap)).toMatchObject({ kind: 'statutory', verified: '', howToFind: 'BIP gminy Sztabin, powiat augustowski' });
  });
});
