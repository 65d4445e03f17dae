import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCatalogue, fileName, importCatalogue, MAX_FILE_BYTES } from './codec.ts';
import { emptyCatalogue, type Catalogue } from './model.ts';

const str = (max = 40) => fc.string({ unit: fc.constantFrom('a', 'ą', 'ł', 'Ż', 'ó', ' ', '"', '\\', '\n', '1', '–'), maxLength: max });
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const code7 = fc.stringMatching(/^\d{7}$/);
const group = fc.record({ ids: fc.array(str(20), { maxLength: 5 }), notes: str() });
const snapshot = fc.record(
  {
    kind: fc.constantFrom('institution' as const, 'helpline' as const),
    name: str(),
    url: str(),
    address: str(),
    phones: fc.array(fc.record({ display: str(20), label: str() }), { maxLength: 3 }),
    emails: fc.array(str(), { maxLength: 2 }),
    hoursText: fc.array(str(), { maxLength: 3 }),
    verified: isoDate,
    gmina: code7,
    reach: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
    services: fc.array(fc.record({ id: str(10), name: str(), description: str(), access: str(), needs: fc.array(str(10), { maxLength: 3 }) }), {
      maxLength: 3,
    }),
  },
  { requiredKeys: ['kind', 'name', 'url', 'address', 'phones', 'emails', 'hoursText', 'verified', 'reach', 'services'] },
);
export const catalogueArb: fc.Arbitrary<Catalogue> = fc.record({
  format: fc.constant('katalog-wsparcia' as const),
  version: fc.constant(1 as const),
  created: isoDate,
  pseudonym: str(),
  gmina: fc.option(fc.record({ code: code7, name: str(), powiat: str(), wojewodztwo: str(), wojSlug: str() }), { nil: null }),
  audiences: fc.array(str(20), { maxLength: 4 }),
  goals: str(200),
  resources: fc.record({ personal: group, family: group, environment: group }),
  needs: fc.array(str(20), { maxLength: 4 }),
  chosen: fc.array(
    fc.record({ entryId: str(20), snapshot, why: str(), nextStep: str(), contactPerson: str(), documents: str(), date: fc.oneof(isoDate, fc.constant('')) }),
    { maxLength: 5 },
  ),
  plan: fc.array(fc.record({ id: str(10), action: str(), who: str(), byWhen: fc.oneof(isoDate, fc.constant('')) }), { maxLength: 4 }),
  assistant: fc.record({ name: str(), institution: str(), phone: str(20), email: str() }),
});

describe('catalogue file', () => {
  it('export then import gives back the same catalogue', () => {
    fc.assert(
      fc.property(catalogueArb, (catalogue) => {
        const result = importCatalogue(exportCatalogue(catalogue));
        expect(result).toEqual({ ok: true, catalogue });
      }),
      { numRuns: 200 },
    );
  });

  const valid = exportCatalogue({ ...emptyCatalogue('2026-11-23'), pseudonym: 'Rodzina K.', goals: 'Żółć i spokój' });
  const bad: [string, string, RegExp][] = [
    ['not JSON', 'To jest zwykły tekst, nie katalog.', /nie da się odczytać/],
    ['wrong format name', JSON.stringify({ ...JSON.parse(valid), format: 'cos-innego' }), /To nie jest plik katalogu/],
    ['newer version', JSON.stringify({ ...JSON.parse(valid), version: 2 }), /nowszej wersji/],
    ['schema violation', JSON.stringify({ ...JSON.parse(valid), goals: 42 }), /błędne lub brakujące dane \(pole: goals\)/],
    ['truncated file', valid.slice(0, Math.floor(valid.length / 2)), /uszkodzony lub niekompletny/],
    ['damaged bytes', valid.replace('"version"', '"ver\u0000\uFFFDsion"'), /błędne lub brakujące dane|nie da się odczytać/],
    ['JSON that is not an object', '[1,2,3]', /To nie jest plik katalogu/],
  ];
  it.each(bad)('refuses a bad file: %s', (_name, text, message) => {
    const result = importCatalogue(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/praca została bez zmian/);
    }
  });

  it('refuses a file that is too large before parsing it', () => {
    const result = importCatalogue(valid, MAX_FILE_BYTES + 1);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/za duży/) });
  });

  it('names the file after the pseudonym without Polish letters', () => {
    expect(fileName({ ...emptyCatalogue('2026-11-23'), pseudonym: 'Rodzina Łącka' })).toBe('katalog-wsparcia-rodzina-lacka-2026-11-23.json');
    expect(fileName(emptyCatalogue('2026-11-23'))).toBe('katalog-wsparcia-2026-11-23.json');
  });
});
