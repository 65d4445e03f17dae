import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { addedArb, catalogueArb } from '../../../tests/helpers/catalogue-arb.ts';
import { describe, expect, it } from 'vitest';
import { emptyAdded, ownSnapshot } from './added.ts';
import { exportCatalogue, fileName, importCatalogue, MAX_FILE_BYTES } from './codec.ts';
import { emptyCatalogue, type Added, type Catalogue } from './model.ts';
import { CATALOGUE_VERSION } from '../../schemas/vocabulary.ts';

export { catalogueArb };

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

  it('export then import keeps every entry the assistant added exactly, in its place', () => {
    const ownItem = addedArb.map((added) => ({
      entryId: `wlasne-${added.name.length}`,
      snapshot: ownSnapshot(),
      added,
      why: '',
      nextStep: '',
      contactPerson: '',
      documents: '',
      date: '',
    }));
    fc.assert(
      fc.property(catalogueArb, fc.array(fc.tuple(ownItem, fc.nat()), { minLength: 1, maxLength: 5 }), (catalogue, own) => {
        const chosen = [...catalogue.chosen];
        for (const [item, at] of own) chosen.splice(at % (chosen.length + 1), 0, item);
        const withOwn = { ...catalogue, chosen };
        const result = importCatalogue(exportCatalogue(withOwn));
        if (!result.ok) throw new Error(result.message);
        expect(result.catalogue.chosen.filter((c) => c.snapshot.kind === 'own')).toEqual(chosen.filter((c) => c.snapshot.kind === 'own'));
        expect(result.catalogue).toEqual(withOwn);
      }),
      { numRuns: 100 },
    );
  });

  const valid = exportCatalogue({ ...emptyCatalogue('2026-11-23'), pseudonym: 'Rodzina K.', goals: 'Żółć i spokój' });
  const bad: [string, string, RegExp][] = [
    ['not JSON', 'To jest zwykły tekst, nie katalog.', /nie da się odczytać/],
    ['wrong format name', JSON.stringify({ ...JSON.parse(valid), format: 'cos-innego' }), /To nie jest plik katalogu/],
    ['newer version', JSON.stringify({ ...JSON.parse(valid), version: CATALOGUE_VERSION + 1 }), /nowszej wersji/],
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

describe('catalogue file: earlier versions and what the assistant added', () => {
  const v1 = readFileSync('tests/fixtures/catalogue/katalog-wsparcia-v1.json', 'utf8');

  it('opens a version-1 file: everything kept, each chosen item with nothing added yet, saved again as the current version', () => {
    const old = JSON.parse(v1);
    expect(old.version).toBe(1);
    const result = importCatalogue(v1);
    if (!result.ok) throw new Error(result.message);
    const c = result.catalogue;
    expect(c.version).toBe(CATALOGUE_VERSION);
    expect(c.pseudonym).toBe('Rodzina Żółć');
    expect(c.plan).toEqual(old.plan);
    expect(c.chosen.map(({ added: _a, ...rest }) => rest)).toEqual(old.chosen);
    for (const item of c.chosen) expect(item.added).toEqual(emptyAdded());
    expect(JSON.parse(exportCatalogue(c)).version).toBe(CATALOGUE_VERSION);
    expect(importCatalogue(exportCatalogue(c))).toEqual({ ok: true, catalogue: c });
  });

  const withOwn = (added: Partial<Added>) => {
    const parish = { ...emptyAdded(), name: 'Parafialny bank żywności', phones: [{ number: '+48 85 711 73 46', label: '' }], ...added };
    const catalogue: Catalogue = {
      ...emptyCatalogue('2026-11-23'),
      pseudonym: 'Rodzina K.',
      chosen: [{ entryId: 'wlasne-1', snapshot: ownSnapshot(), added: parish, why: '', nextStep: '', contactPerson: '', documents: '', date: '' }],
    };
    return exportCatalogue(catalogue);
  };

  it('keeps an own entry exactly', () => {
    const text = withOwn({ postalCode: '16-200', email: 'parafia@example.org', website: 'https://parafia.example.org/' });
    const result = importCatalogue(text);
    expect(result).toEqual({ ok: true, catalogue: JSON.parse(text) });
  });

  const bad: [string, Partial<Added>, RegExp][] = [
    ['a phone that is not a Polish number', { phones: [{ number: '123', label: '' }] }, /Numer „123”: to nie jest poprawny polski numer telefonu/],
    ['a phone not in the stored format', { phones: [{ number: '857117346', label: '' }] }, /zapisz w jednolitym formacie: "\+48 85 711 73 46"/],
    ['a postal code without the dash', { postalCode: '16200' }, /Kod pocztowy zapisz w formacie NN-NNN/],
    ['an e-mail without @', { email: 'parafia.example.org' }, /Adres e-mail jest niepoprawny/],
    ['a website that is not http(s)', { website: 'javascript:alert(1)' }, /https:\/\//],
    ['a note far too long', { note: 'x'.repeat(2001) }, /za długi/],
    ['an own entry without a name', { name: ' ' }, /Nazwa jest pusta/],
  ];
  it.each(bad)('refuses a file whose added entry has %s, naming the entry', (_what, added, message) => {
    const result = importCatalogue(withOwn(added));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/Wsparcie dodane przez asystenta „(Parafialny bank żywności|bez nazwy)” \(pozycja 1/);
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/praca została bez zmian/);
    }
  });
});
