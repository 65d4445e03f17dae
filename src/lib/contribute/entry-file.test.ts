import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../validation/frontmatter.ts';
import { entryPath, formRegions } from './reference.ts';
import { toEntryFile } from './entry-file.ts';
import { githubNewFileUrl } from './github.ts';
import { loadRegions } from '../../data/reference.ts';

describe('entry file', () => {
  it('writes YAML frontmatter in template order, without empty fields or defaults, and reads back the same data', () => {
    const text = toEntryFile(
      {
        verified: { date: '2026-11-23', source: 'Rozmowa telefoniczna' },
        name: 'Poradnia: „Rodzina”',
        id: '3f6c2a8e-9b1d-4e7a-8c5f-2d4b6a8e0c13',
        gmina: '2011013',
        status: 'active',
        serves: 'gmina',
        address: { street: '', postal_code: '16-200', city: 'Dąbrowa Białostocka', hidden: false },
        phones: [{ number: '+48 85 711 73 46', label: '' }],
        emails: [''],
        languages: ['pl'],
        services: [{ id: 'porady', name: 'Porady', needs: ['prawne'], forms: [], audiences: ['wszyscy'] }],
      },
      '  Opis.  ',
    );
    expect(text.startsWith('---\nid: 3f6c2a8e')).toBe(true);
    expect(text).toContain('gmina: "2011013"');
    expect(text).not.toMatch(/status|languages|emails|hidden|street|label/);
    expect(text.endsWith('---\n\nOpis.\n')).toBe(true);
    const fm = parseFrontmatter(text);
    expect(fm.ok && fm.data).toEqual({
      id: '3f6c2a8e-9b1d-4e7a-8c5f-2d4b6a8e0c13',
      name: 'Poradnia: „Rodzina”',
      gmina: '2011013',
      serves: 'gmina',
      address: { postal_code: '16-200', city: 'Dąbrowa Białostocka' },
      phones: [{ number: '+48 85 711 73 46' }],
      services: [{ id: 'porady', name: 'Porady', needs: ['prawne'], audiences: ['wszyscy'] }],
      verified: { date: '2026-11-23', source: 'Rozmowa telefoniczna' },
    });
  });

  it('writes the languages on one line, and leaves out Polish alone (the default)', () => {
    const base = {
      id: '3f6c2a8e-9b1d-4e7a-8c5f-2d4b6a8e0c13',
      name: 'Punkt',
      gmina: '2011013',
      services: [{ id: 'porady', name: 'Porady', needs: ['prawne'] }],
      accessibility: 'Parter.',
      verified: { date: '2026-11-23', source: 'Rozmowa telefoniczna' },
    };
    const text = toEntryFile({ ...base, languages: ['pl', 'uk'] }, 'Opis.');
    expect(text).toContain('\nlanguages: [pl, uk]\naccessibility: Parter.\n');
    const fm = parseFrontmatter(text);
    expect(fm.ok && (fm.data as { languages?: unknown }).languages).toEqual(['pl', 'uk']);
    expect(toEntryFile({ ...base, languages: ['pl'] }, '')).not.toContain('languages');
    expect(toEntryFile({ ...base, languages: [] }, '')).not.toContain('languages');
  });

  it('puts the file in the folder of its gmina', () => {
    const regions = formRegions(loadRegions());
    expect(entryPath(regions, '2011013', 'poradnia')).toBe('content/institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka/poradnia.md');
    expect(entryPath(regions, '2215102', 'gops')).toBe('content/institutions/pomorskie/powiat-wejherowski/wejherowo-wiejska/gops.md');
    expect(entryPath(regions, '9999999', 'x')).toBeUndefined();
  });

  it('makes the GitHub new-file link with the file encoded', () => {
    expect(githubNewFileUrl('org/repo', 'main', 'content/a b.md', 'x: "ą&"\n')).toBe(
      'https://github.com/org/repo/new/main?filename=content%2Fa%20b.md&value=x%3A%20%22%C4%85%26%22%0A',
    );
  });
});
