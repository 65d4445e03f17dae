import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegions } from '../../data/reference.ts';
import { buildLocalities, fixCase, indexLocalities, searchLocalities, type RawLocalities } from './localities.ts';

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
    expect(searchLocalities(podlaskie, 'Jaziewo')).toEqual([{ locality: 'Jaziewo', gmina: { code: '2001072', name: 'Sztabin', kind: 'gmina wiejska', powiat: 'powiat augustowski' } }]);
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
