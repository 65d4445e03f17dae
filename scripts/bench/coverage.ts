/**
 * `npm run bench -- coverage`: what the coverage page (/pokrycie/) adds to a build, in Node, at
 * synthetic directory sizes (BENCH_COVERAGE_SIZES, default 1000,30000,60000): the CPU time of the
 * figures (src/lib/coverage/figures.ts), the match of the powiat outlines to TERYT and the SVG map,
 * the three steps src/data/coverage.ts runs once per build. Set it beside the whole build's CPU time
 * at the same size (`npm run bench -- search`, column "build + index CPU") to see its share.
 * Writes reports/bench-coverage.md. Figures, never pass/fail.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parse as parseYaml } from 'yaml';
import { loadRegions } from '../../src/data/reference.ts';
import { coverageFigures, shadeOf, type CoverageEntry } from '../../src/lib/coverage/figures.ts';
import { matchPowiaty, type PowiatFeature } from '../../src/lib/coverage/powiat-match.ts';
import { coverageSvg } from '../../src/lib/coverage/svg-map.ts';
import type { Feature } from '../../src/lib/validation/geo.ts';
import { SERVICE_AREAS } from '../../src/schemas/vocabulary.ts';

const sizes = (process.env.BENCH_COVERAGE_SIZES ?? '1000,30000,60000').split(',').map(Number);
const regions = loadRegions();
const gminy = [...regions.gminy.keys()];
const types = (parseYaml(readFileSync('content/taxonomy/types.yaml', 'utf8')) as { id: string }[]).map((t) => t.id);
const statutory = parseYaml(readFileSync('content/statutory.yaml', 'utf8')) as { id: string; type: string; level: 'gmina' | 'powiat'; name: string }[];
const geo = <T>(file: string) => (JSON.parse(readFileSync(`data/geo/${file}`, 'utf8')) as { features: T[] }).features;
const powiaty = geo<PowiatFeature>('powiaty.json');
const wojewodztwa = geo<Feature>('wojewodztwa.json');

function entries(n: number): CoverageEntry[] {
  let seed = n;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: n }, () => ({
    gmina: pick(gminy),
    serves: SERVICE_AREAS[random() < 0.8 ? 0 : 1]!,
    type: pick(types),
    status: 'active' as const,
    freshness: random() < 0.3 ? '2024-05-01' : '2026-06-01',
  }));
}

const cpuMs = (f: () => void) => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 100) / 10;
};

const rows: string[] = [];
for (const n of sizes) {
  const list = entries(n);
  let figures!: ReturnType<typeof coverageFigures>;
  const figuresMs = cpuMs(() => (figures = coverageFigures(list, regions, statutory, '2026-12-02')));
  let codes: (string | undefined)[] = [];
  const matchMs = cpuMs(() => (codes = matchPowiaty(powiaty, regions, wojewodztwa).codes));
  const byCode = new Map(figures.wojewodztwa.flatMap((w) => w.powiaty.map((p) => [p.code, p] as const)));
  let svg = '';
  const svgMs = cpuMs(() => {
    svg = coverageSvg(
      powiaty.map((f, i) => {
        const p = byCode.get(codes[i]!)!;
        return { code: p.code, label: p.name, geometry: f.geometry, shade: shadeOf(p.entries), hatched: false, title: p.name };
      }),
      'mapa-opis',
    );
  });
  const row = `| ${n.toLocaleString('en')} | ${figuresMs} | ${matchMs} | ${svgMs} | ${Math.round((figuresMs + matchMs + svgMs) * 10) / 10} | ${Math.round(svg.length / 1024)} |`;
  console.log(row);
  rows.push(row);
}
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench-coverage.md',
  `# Benchmark: the coverage page's share of a build (Node, CPU time)\n\n${new Date().toISOString()} · Node ${process.version} · load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}\n\n` +
    `| entries | figures (ms CPU) | powiat outlines → TERYT (ms CPU) | SVG map (ms CPU) | total (ms CPU) | SVG (kB) |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`,
);
console.log('reports/bench-coverage.md');
