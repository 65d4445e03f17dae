import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ancestry, parseTeryt } from './teryt.ts';
import { slugify } from '../../formats/text.ts';

const regions = parseTeryt(readFileSync('data/teryt/TERC_Urzedowy_2026-01-01.csv', 'utf8'));

describe('TERYT register', () => {
  it('holds the 16 województwa, 380 powiaty and every gmina', () => {
    expect(regions.wojewodztwa.size).toBe(16);
    expect(regions.powiaty.size).toBe(380);
    expect(regions.gminy.size).toBeGreaterThan(2470);
    expect(regions.asOf).toBe('2026-01-01');
  });

  it('keeps whole gminas only (not the town and rural parts of an urban-rural gmina)', () => {
    expect(regions.gminy.get('2011013')?.name).toBe('Dąbrowa Białostocka');
    expect(regions.gminy.has('2011014')).toBe(false);
    expect(regions.gminy.has('2011015')).toBe(false);
  });

  it('knows each gmina’s powiat and województwo', () => {
    const a = ancestry(regions, '2215102')!;
    expect(a.gmina.kind).toBe('gmina wiejska');
    expect(a.powiat.label).toBe('powiat wejherowski');
    expect(a.wojewodztwo.name).toBe('pomorskie');
  });

  it('gives two gminas of one name in one powiat different slugs', () => {
    expect(regions.gminy.get('2215031')!.slug).toBe('wejherowo-miejska');
    expect(regions.gminy.get('2215102')!.slug).toBe('wejherowo-wiejska');
  });

  it('labels cities with powiat rights', () => {
    const bialystok = [...regions.powiaty.values()].find((p) => p.name === 'Białystok')!;
    expect(bialystok.label).toBe('miasto na prawach powiatu Białystok');
  });

  it('slugifies Polish letters including ł', () => {
    expect(slugify('Łódź Śródmieście – Żółć')).toBe('lodz-srodmiescie-zolc');
  });
});
