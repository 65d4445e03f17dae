/**
 * `npm run bench -- filter`: the instant filter's matching alone (src/lib/search/filter.ts), in Node,
 * over synthetic search records for all of Poland (BENCH_FILTER_SIZES, default 30000,60000): the time
 * to build the index once, and per keystroke of the same queries as the search benchmark
 * (scripts/bench/search.ts), every prefix typed, no region chosen. No rendering and no browser: a floor
 * under the figure `npm run bench -- search` measures in Chromium, cheap enough for a busy machine.
 * Synthetic names say "(dane syntetyczne)". Writes reports/bench-filter.md. Figures, never pass/fail.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parse as parseYaml } from 'yaml';
import { loadRegions } from '../../src/data/reference.ts';
import { buildIndex, EMPTY_FILTERS, filterRecords } from '../../src/lib/search/filter.ts';
import { placeNames } from '../../src/lib/search/places.ts';
import { searchText, type SearchRecord } from '../../src/lib/search/record.ts';

const sizes = (process.env.BENCH_FILTER_SIZES ?? '30000,60000').split(',').map(Number);
const QUERIES = [
  'osrodek pomocy spolecznej',
  'psycholog',
  'poradnia',
  'latarnia 12',
  'urzad pracy',
  'osrodke pomocy',
  'maz pije co robic',
  'porada prawna za darmo',
];

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Term = { id: string; name: string; description: string; keywords?: string[] };
const taxonomy = (file: string) => parseYaml(readFileSync(`content/taxonomy/${file}.yaml`, 'utf8')) as Term[];
const types = taxonomy('types');
const needs = taxonomy('needs');
const audienceTerms = taxonomy('audiences');
const audiences = audienceTerms.map((a) => a.id);
const regions = loadRegions();
const gminy = [...regions.gminy.values()];
const SERVICES = [
  'Praca socjalna',
  'Pomoc finansowa i rzeczowa',
  'Asystent rodziny',
  'Porady prawne',
  'Poradnictwo psychologiczne',
  'Terapia pedagogiczna',
  'Grupa wsparcia',
  'Zajęcia dla dzieci i młodzieży',
  'Oferty pracy',
  'Mediacje',
  'Diagnoza i terapia logopedyczna',
  'Latarnia 12 – punkt konsultacyjny',
];

function records(n: number): SearchRecord[] {
  const random = prng(n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const type = pick(types);
    const gmina = pick(gminy);
    const d = [...new Set([pick(needs), pick(needs), pick(needs)])];
    const services = [...new Set([pick(SERVICES), pick(SERVICES), pick(SERVICES)])];
    const name = `${type.name} ${i} w gminie ${gmina.name} (dane syntetyczne)`;
    const rest = [type.name, ...services, ...d.map((x) => x.name), `${gmina.name}, ${regions.powiaty.get(gmina.code.slice(0, 4))?.label ?? ''}`].join(' ');
    return {
      u: `/placowka/s-${i}/`,
      n: name,
      t: type.id,
      g: gmina.code,
      s: (random() < 0.8 ? 0 : 1) as 0 | 1,
      p: gmina.name,
      d: d.map((x) => x.id),
      a: [pick(audiences)],
      v: services,
      k: searchText(name, rest),
    };
  });
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const round = (x: number) => Math.round(x * 10) / 10;
const keywordsOf = (terms: Term[]) => terms.map((t): [string, string[]] => [t.id, t.keywords ?? []]);
const keywords = { needs: keywordsOf(needs), types: keywordsOf(types), audiences: keywordsOf(audienceTerms) };
const places = placeNames(
  gminy.map((g) => [g.code, g.name, g.kind]),
  [...regions.powiaty.values()].map((p) => [p.code, p.label]),
);
const rows: string[] = [];
const now = new Date('2026-11-23T10:00:00+01:00');
for (const n of sizes) {
  const recs = records(n);
  const t0 = performance.now();
  const index = buildIndex(recs, { keywords, places });
  const buildMs = performance.now() - t0;
  const times: number[] = [];
  for (const q of QUERIES) {
    for (let i = 1; i <= q.length; i++) {
      const s = performance.now();
      filterRecords(index, { ...EMPTY_FILTERS, q: q.slice(0, i) }, now);
      times.push(performance.now() - s);
      if (process.env.BENCH_VERBOSE) console.log(q.slice(0, i), round(performance.now() - s));
    }
  }
  const row = `| ${n.toLocaleString('en')} | ${round(buildMs)} | ${times.length} | ${round(percentile(times, 50))} / ${round(percentile(times, 95))} / ${round(Math.max(...times))} |`;
  console.log(row);
  rows.push(row);
}
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench-filter.md',
  `# Benchmark: instant filter matching (Node, no rendering)\n\n${new Date().toISOString()} · Node ${process.version} · load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}\n\n` +
    `Every prefix of: ${QUERIES.map((q) => `"${q}"`).join(', ')}; no region chosen (all records).\n\n` +
    `| records | index build (ms) | keystrokes | filterRecords p50 / p95 / max (ms) |\n|---|---|---|---|\n${rows.join('\n')}\n`,
);
console.log('reports/bench-filter.md');
