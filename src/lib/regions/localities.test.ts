import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegions } from '../../data/reference.ts';
import { gzipSync } from 'node:zlib';
import { loadPlaceShards } from '../../data/localities.ts';
import {
  buildLocalities,
  fixCase,
  indexLocalities,
  indexPlaces,
  placeLabel,
  placeSentence,
  placeShardKey,
  searchLocalities,
  searchPlaces,
  type RawLocalities,
} from './localities.ts';

const raw = JSON.parse(readFileSync('data/teryt/miejscowosci-2023.json', 'utf8')) as RawLocalities;
const regions = loadRegions();
const built = buildLocalities(raw, regions);
const podlaskie = indexLocalities(built.files.get('20')!);

describe('localities matched to TERC gminas', () => {
  it('matches every register key to a gmina, all 16 województwa', () => {
    expect(built.unmatched).toEqual([]);
    expect(built.files.size).toBe(16);
    expect(built.count).toBe(54917);
  });

  it('Jaziewo → gmina Sztabin, powiat augustowski', () => {
    expect(searchLocalities(podlaskie, 'Jaziewo')).toEqual([
      { locality: 'Jaziewo', gmina: { code: '2001072', name: 'Sztabin', kind: 'gmina wiejska', powiat: 'powiat augustowski' } },
    ]);
    expect(searchLocalities(podlaskie, 'jaziew')[0]!.gmina.name).toBe('Sztabin');
  });

  it('a shared key: the town Augustów is the urban gmina, its villages the rural one', () => {
    const town = searchLocalities(podlaskie, 'Augustów').filter((h) => h.locality === 'Augustów');
    expect(town.map((h) => h.gmina.code)).toEqual(['2001011']);
    const village = searchLocalities(podlaskie, 'Białobrzegi').find((h) => h.gmina.powiat === 'powiat augustowski')!;
    expect(village.gmina).toMatchObject({ code: '2001022', kind: 'gmina wiejska' });
  });

  it('a name found in many gminas lists them all, exact matches first, with Polish letters optional', () => {
    const all = [...built.files.values()].map(indexLocalities);
    const nowaWies = all.flatMap((i) => searchLocalities(i, 'nowa wies', 0));
    expect(nowaWies.length).toBeGreaterThan(100);
    expect(new Set(nowaWies.map((h) => h.gmina.code)).size).toBe(nowaWies.length);
    expect(nowaWies.every((h) => h.locality === 'Nowa Wieś')).toBe(true);
    const hits = searchLocalities(podlaskie, 'dabrowa b');
    expect(hits[0]!.locality).toBe('Dąbrowa Białostocka');
    expect(searchLocalities(podlaskie, 'd')).toEqual([]);
  });

  it('keeps prepositions lower case', () => {
    expect(fixCase('Kostrzyn Nad Odrą')).toBe('Kostrzyn nad Odrą');
    expect(fixCase('Nad Wisłą')).toBe('Nad Wisłą');
  });
});

describe('places without a województwo: one file per first two letters', () => {
  const shards = loadPlaceShards();
  const find = (q: string) => searchPlaces(indexPlaces(shards.get(placeShardKey(q)!)!), q);

  it('the key is the first two folded letters; a shorter query has none', () => {
    expect(placeShardKey('Łódź')).toBe('lo');
    expect(placeShardKey('  Jaz')).toBe('ja');
    expect(placeShardKey('U Granic')).toBe('ug');
    expect(find('u granic').exact.map((h) => h.gmina.name)).toEqual(['Olkusz']);
    expect(placeShardKey('J')).toBeNull();
    expect(placeShardKey('')).toBeNull();
  });

  it('holds every locality once, and each file stays small', () => {
    const total = [...shards.values()].reduce((n, s) => n + s.m.reduce((k, m) => k + m.split('|').length, 0), 0);
    expect(total).toBe(54917);
    const largest = Math.max(...[...shards.values()].map((s) => gzipSync(JSON.stringify(s)).length));
    expect(largest).toBeLessThan(40 * 1024);
  });

  it('Jaziewo → gmina Sztabin with its page; the sentence says where it lies', () => {
    const { exact } = find('jaziewo');
    expect(exact).toHaveLength(1);
    expect(exact[0]!.gmina).toEqual({
      code: '2001072',
      name: 'Sztabin',
      kind: 'gmina wiejska',
      powiat: 'powiat augustowski',
      wojewodztwo: 'podlaskie',
      url: '/placowki/podlaskie/powiat-augustowski/sztabin/',
    });
    expect(placeSentence(exact[0]!)).toBe('Miejscowość Jaziewo leży w gminie Sztabin (gmina wiejska, powiat augustowski, województwo podlaskie).');
  });

  it('Jastarnia, a town, is found in its gmina in powiat pucki', () => {
    const { exact } = find('Jastarnia');
    expect(exact.map((h) => [h.gmina.name, h.gmina.powiat])).toEqual([['Jastarnia', 'powiat pucki']]);
  });

  it('"Nowa Wieś" lists every gmina that has one, across województwa; a name being typed finds names that start with it', () => {
    const { exact } = find('Nowa Wies');
    expect(exact.length).toBeGreaterThan(100);
    expect(new Set(exact.map((h) => h.gmina.wojewodztwo)).size).toBeGreaterThan(10);
    expect(placeLabel(exact[0]!)).toMatch(/^Nowa Wieś: gmina .+ \(gmina .+\), (powiat|miasto) .+, województwo .+$/);
    const { exact: none, others } = find('Jaziew');
    expect(none).toEqual([]);
    expect(others.map((h) => h.locality)).toContain('Jaziewo');
  });
});
