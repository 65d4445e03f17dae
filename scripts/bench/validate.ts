/**
 * How long the content validator takes as the directory grows: synthetic entries (made in memory
 * from the test template, spread over real gminas), checked with every rule including the ones
 * across files. Prints a table and writes reports/bench-validate.md. Figures, never pass/fail.
 * Sizes: BENCH_SIZES=100,1000,5000 (the default).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { ancestry } from '../../src/lib/regions/teryt.ts';
import { validateContent } from '../../src/lib/validation/content.ts';
import { loadValidationContext } from '../../src/data/reference.ts';

const template = readFileSync('tests/fixtures/broken/00-wzorzec-poprawny.md', 'utf8').replace(/location:\n(  .*\n)+/, '');
const ctx = loadValidationContext(new Date('2026-11-23T12:00:00Z'));
const regions = ctx.regions;
const gminy = [...regions.gminy.keys()];

function entries(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const gmina = gminy[i % gminy.length]!;
    const a = ancestry(regions, gmina)!;
    const relative = `${a.wojewodztwo.slug}/${a.powiat.slug}/${a.gmina.slug}/placowka-${i}.md`;
    const text = template
      .replace('3f6c2a8e-9b1d-4e7a-8c5f-2d4b6a8e0c13', randomUUID())
      .replace('"2011013"', `"${gmina}"`)
      .replace('Testowa Poradnia Rodzinna', `Syntetyczna placówka ${i}`)
      .replace(
        '+48 85 700 00 00',
        `+48 85 7${String(i)
          .padStart(6, '0')
          .replace(/(\d{2})(\d{2})(\d{2})/, '$1 $2 $3')}`,
      );
    return { file: `content/institutions/${relative}`, relative, text };
  });
}

const rows: string[] = [];
for (const n of (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number)) {
  const files = entries(n);
  const start = performance.now();
  const issues = validateContent({ institutions: files, taxonomies: [], articles: [] }, ctx);
  const ms = performance.now() - start;
  rows.push(`| ${n} | ${Math.round(ms)} ms | ${(ms / n).toFixed(2)} ms | ${issues.length} |`);
}
const table = ['| entries | validate | per entry | issues |', '|---|---|---|---|', ...rows].join('\n');
console.log(table);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-validate.md', `# Content validator\n\n${new Date().toISOString()}\n\n${table}\n`);
