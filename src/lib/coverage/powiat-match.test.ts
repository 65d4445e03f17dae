import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegions } from '../../data/reference.ts';
import type { Feature } from '../validation/geo.ts';
import { matchPowiaty, type PowiatFeature } from './powiat-match.ts';

const read = <T>(file: string) => (JSON.parse(readFileSync(`data/geo/${file}`, 'utf8')) as { features: T[] }).features;
const features = read<PowiatFeature>('powiaty.json');
const regions = loadRegions();
const { codes, problems } = matchPowiaty(features, regions, read<Feature>('wojewodztwa.json'));

describe('powiat outlines matched to TERYT codes', () => {
  it('matches all 380 outlines, each to a different powiat of the register', () => {
    expect(problems).toEqual([]);
    expect(features).toHaveLength(380);
    expect(new Set(codes).size).toBe(380);
    expect([...regions.powiaty.keys()].sort()).toEqual([...(codes as string[])].sort());
  });

  it('decides the ten names found in two województwa by the województwo outline', () => {
    const codeOf = (nazwa: string) => features.flatMap((f, i) => (f.properties.nazwa === nazwa ? [codes[i]] : [])).sort();
    // TERYT: powiat bielski 2402 (śląskie) and 2003 (podlaskie); grodziski 1405 (mazowieckie) and 3005 (wielkopolskie).
    expect(codeOf('powiat bielski')).toEqual(['2003', '2402']);
    expect(codeOf('powiat grodziski')).toEqual(['1405', '3005']);
    const shared = new Map<string, number>();
    for (const f of features) shared.set(f.properties.nazwa, (shared.get(f.properties.nazwa) ?? 0) + 1);
    expect([...shared.values()].filter((n) => n === 2)).toHaveLength(10);
    for (const [nazwa, n] of shared) if (n === 2) expect(new Set(codeOf(nazwa).map((c) => c!.slice(0, 2))).size).toBe(2);
    // Bielsk Podlaski lies near 23°E, Bielsko-Biała near 19°E: the outline coded 2003 must be the eastern one.
    const meanLng = (i: number) => {
      const g = features[i]!.geometry;
      const ring = (g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]![0])!;
      return ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
    };
    const bielskie = features.flatMap((f, i) => (f.properties.nazwa === 'powiat bielski' ? [i] : []));
    for (const i of bielskie) expect(codes[i]).toBe(meanLng(i) > 21 ? '2003' : '2402');
  });

  it('takes the renamed powiat jeleniogórski as karkonoski (0206)', () => {
    expect(codes[features.findIndex((f) => f.properties.nazwa === 'powiat jeleniogórski')]).toBe('0206');
  });

  it('matches a city with powiat rights by its name', () => {
    expect(codes[features.findIndex((f) => f.properties.nazwa === 'powiat Białystok')]).toBe('2061');
  });
});
