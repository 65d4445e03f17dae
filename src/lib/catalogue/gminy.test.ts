import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTeryt } from '../regions/teryt.ts';
import { compactGminy, expandGminy, searchGminy } from './gminy.ts';

const regions = parseTeryt(readFileSync('data/teryt/TERC_Urzedowy_2026-01-01.csv', 'utf8'));
const options = expandGminy(JSON.parse(JSON.stringify(compactGminy(regions))));

describe('gmina picker list', () => {
  it('keeps every gmina with its powiat and województwo', () => {
    expect(options).toHaveLength(regions.gminy.size);
    expect(options.find((o) => o.code === '2011013')).toMatchObject({
      name: 'Dąbrowa Białostocka',
      powiat: 'powiat sokólski',
      wojewodztwo: 'podlaskie',
      wojSlug: 'podlaskie',
    });
  });
  it('finds gminas by the start of the name, Polish letters optional', () => {
    const found = searchGminy(options, 'dabrowa bial');
    expect(found[0]?.name).toBe('Dąbrowa Białostocka');
    expect(searchGminy(options, 'Łódź').some((o) => o.name === 'Łódź')).toBe(true);
    expect(searchGminy(options, 'lodz').some((o) => o.name === 'Łódź')).toBe(true);
    expect(searchGminy(options, '')).toEqual([]);
  });
});
