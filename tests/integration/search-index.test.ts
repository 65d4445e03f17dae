/** The built search records and map outlines: every active entry is in exactly one records file, the files stay small. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { SearchMeta } from '../../src/lib/search/meta.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';

const dist = inject('distDir');
const json = <T>(path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;

describe('search records', () => {
  const meta = json<SearchMeta>('indeks/meta.json');
  const all = Object.keys(meta.shards).flatMap((s) => json<SearchRecord[]>(`indeks/${s}.json`).map((r) => ({ ...r, shard: s })));

  it('lists each records file with its number of records', () => {
    for (const [shard, count] of Object.entries(meta.shards)) expect(json<SearchRecord[]>(`indeks/${shard}.json`)).toHaveLength(count);
    expect(meta.gminy.length).toBeGreaterThan(2400); // every gmina of the TERYT register
    expect(meta.wojewodztwa).toHaveLength(16);
  });

  it('holds every seed institution page and every helpline once, national ones in "kraj"', () => {
    const urls = all.map((r) => r.u);
    expect(new Set(urls).size).toBe(urls.length);
    const pages = readdirSync(join(dist, 'placowka')).map((slug) => `/placowka/${slug}/`);
    expect(urls.filter((u) => u.startsWith('/placowka/')).sort()).toEqual(pages.sort());
    expect(all.filter((r) => r.s === 3).every((r) => r.shard === 'kraj')).toBe(true);
    expect(all.some((r) => r.u.startsWith('/telefony-zaufania/#') && r.w)).toBe(true);
  });

  it('uses only taxonomy ids the facets offer', () => {
    const types = new Set(meta.types.map(([id]) => id));
    const needs = new Set(meta.needs.map(([id]) => id));
    const audiences = new Set(meta.audiences.map(([id]) => id));
    for (const r of all) {
      expect(types.has(r.t)).toBe(true);
      for (const n of r.d) expect(needs.has(n)).toBe(true);
      for (const a of r.a) expect(audiences.has(a)).toBe(true);
    }
  });
});

describe('map outlines', () => {
  it('ship simplified: Poland and 16 województwa in well under 100 kB (the source is 820 kB)', () => {
    const file = join(dist, 'indeks/obrysy.json');
    expect(statSync(file).size).toBeLessThan(100_000);
    expect(gzipSync(readFileSync(file)).length).toBeLessThan(30_000);
    const outlines = json<{ features: { properties: { kind: string; name?: string } }[] }>('indeks/obrysy.json');
    expect(
      outlines.features
        .filter((f) => f.properties.kind === 'wojewodztwo')
        .map((f) => f.properties.name)
        .sort(),
    ).toHaveLength(16);
    expect(outlines.features.filter((f) => f.properties.kind === 'kraj')).toHaveLength(1);
  });
});
