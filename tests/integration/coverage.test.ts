/**
 * /pokrycie/ in the real build: every figure on it is counted again here straight from content/
 * (frontmatter of each file), with the same rules in words: an entry counts where its seat is,
 * a gmina has a local entry when an entry has its seat there, and data older than 12 months is old.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { frontmatter } from '../helpers/fixtures.ts';

const dist = inject('distDir');
const page = readFileSync(join(dist, 'pokrycie', 'index.html'), 'utf8');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : []));

// The day of the figures is on the page ("Stan na …"); the count uses the same day.
const built = page.match(/<time id="stan-na" datetime="(\d{4}-\d{2}-\d{2})"/)![1]!;
const [by, bm, bd] = built.split('-').map(Number) as [number, number, number];
const yearAgo = `${by - 1}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}`;
const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

const entries = files('content/institutions').map(
  (f) => frontmatter(readFileSync(f, 'utf8')) as { gmina: string; status?: string; verified: { date: string | Date; source_date?: string } },
);
const listed = entries.filter((e) => e.status !== 'inactive');
const iso = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const old = (e: (typeof entries)[number]) => firstDay(e.verified.source_date ?? iso(e.verified.date)) < yearAgo;

/** Rows of the tables: code → { entries, gminas "a z b", stale }. */
const rows = new Map<string, Record<string, string>>();
for (const m of page.matchAll(/<tr[^>]*data-area="(\d+)"[^>]*>([\s\S]*?)<\/tr>/g)) {
  const cells = Object.fromEntries([...m[2]!.matchAll(/data-col="(\w+)"[^>]*>([^<]*)</g)].map((c) => [c[1]!, c[2]!.trim()]));
  rows.set(m[1]!, cells);
}

function expected(prefix: string) {
  const here = listed.filter((e) => e.gmina.startsWith(prefix));
  return { entries: here.length, stale: here.filter(old).length, gminasWithLocal: new Set(here.map((e) => e.gmina)).size };
}

describe('/pokrycie/ against content/', () => {
  it('has a row for each of the 16 województwa and 380 powiaty', () => {
    expect([...rows.keys()].filter((c) => c.length === 2)).toHaveLength(16);
    expect([...rows.keys()].filter((c) => c.length === 4)).toHaveLength(380);
  });

  it('shows the powiaty sokólski, wejherowski and kędzierzyńsko-kozielski as the only ones with entries', () => {
    const withEntries = [...rows]
      .filter(([code, r]) => code.length === 4 && r.entries !== '0')
      .map(([code]) => code)
      .sort();
    expect(withEntries).toEqual(['1603', '2011', '2215']);
    expect(page).toMatch(/data-area="2011"[\s\S]*?powiat sokólski/);
  });

  it('matches every figure of every row with a count from the content files', () => {
    for (const [code, r] of rows) {
      const want = expected(code);
      expect({ code, entries: r.entries, stale: r.stale, local: r.gminas!.split(' z ')[0] }).toEqual({
        code,
        entries: String(want.entries),
        stale: String(want.stale),
        local: String(want.gminasWithLocal),
      });
    }
    expect(rows.get('2011')).toMatchObject({ entries: String(listed.filter((e) => e.gmina.startsWith('2011')).length) });
  });

  it('draws one shape per powiat, shaded by its count and hatched where most data is old, with a text legend', () => {
    expect(page.match(/<path class="s\d"/g)).toHaveLength(380);
    expect(page.match(/<path class="s0"/g)).toHaveLength(377);
    expect(page.match(/<path class="hatch"/g)?.length).toBe(['1603', '2011', '2215'].filter((c) => expected(c).stale * 2 > expected(c).entries).length);
    expect(page).toContain('kreski: ponad połowa wpisów sprawdzona ponad rok temu');
    expect(page).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="mapa-opis"/);
  });

  it('weighs at most 150 kB gzipped, the SVG included', () => {
    expect(gzipSync(page).length).toBeLessThanOrEqual(150 * 1024);
  });
});
