/**
 * `npm run bench -- lighthouse`: Lighthouse (mobile emulation, its default simulated slow 4G and CPU
 * slowdown) on the main page templates of the built site, served from dist/ on 127.0.0.1 by the
 * project's static server (with dist/_headers). Prints the scores and writes reports/bench-lighthouse.md.
 * Targets: performance ≥ 95, accessibility 100, best practices 100. Figures, never a pass/fail test.
 * Pages missing from dist/ (sections not built yet) are skipped with a note.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../lib/chromium.ts';
import { run } from '../lib/run.ts';
import { serveStatic } from '../lib/static-server.ts';

const PAGES: [string, string][] = [
  ['home', '/'],
  ['directory', '/placowki/'],
  ['województwo', '/placowki/podlaskie/'],
  ['institution', '/placowka/mops-dabrowa-bialostocka/'],
  ['catalogue', '/katalog/'],
  ['search', '/szukaj/'],
  ['informator', '/informator/'],
  ['coverage', '/pokrycie/'],
  ['gmina', '/placowki/podlaskie/powiat-augustowski/sztabin/'],
  // The language versions (src/i18n/pages.ts): each template that exists in Ukrainian or English.
  ['home (uk)', '/uk/'],
  ['home (en)', '/en/'],
  ['catalogue (uk)', '/uk/katalog/'],
  ['catalogue (en)', '/en/katalog/'],
  ['informator (uk)', '/uk/informator/'],
  ['article (uk)', '/uk/informator/de-shukaty-dopomohu/'],
  ['accessibility statement (uk)', '/uk/deklaracja-dostepnosci/'],
  ['accessibility statement (en)', '/en/deklaracja-dostepnosci/'],
  ['privacy (uk)', '/uk/prywatnosc/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const distDir = process.env.DIST_DIR ?? 'dist';
if (!existsSync(join(distDir, 'index.html'))) {
  console.log('No build in dist/: building first (npm run build).');
  if ((await run(process.execPath, ['scripts/build.ts'])) !== 0) process.exit(1);
}

const { server, url } = await serveStatic(distDir);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? findChromium(),
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

type Row = {
  template: string;
  path: string;
  scores?: Record<string, number>;
  lcp?: number;
  tbt?: number;
  cls?: number;
  bytes?: number;
  issues?: string[];
  note?: string;
};
const rows: Row[] = [];
try {
  for (const [template, path] of PAGES) {
    if (!existsSync(join(distDir, path, 'index.html'))) {
      rows.push({ template, path, note: 'not in dist/ (section not built yet): skipped' });
      continue;
    }
    const audit = async () => (await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }))!.lhr;
    let lhr = await audit();
    // A cold browser sometimes fails to measure the first page (a runtime error, no paint): say so, and measure again.
    if (lhr.runtimeError) {
      console.log(`${template}: Lighthouse could not measure (${lhr.runtimeError.code}); measuring again`);
      lhr = await audit();
    }
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    // What kept a score below 100: failed audits that carry weight in a category.
    const issues = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => `${c}: ${lhr.audits[ref.id]!.title} (${lhr.audits[ref.id]!.displayValue ?? lhr.audits[ref.id]!.score})`),
    );
    rows.push({
      template,
      path,
      scores,
      lcp: lhr.audits['largest-contentful-paint']?.numericValue,
      tbt: lhr.audits['total-blocking-time']?.numericValue,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue,
      bytes: lhr.audits['total-byte-weight']?.numericValue,
      issues,
      ...(lhr.runtimeError ? { note: `Lighthouse error: ${lhr.runtimeError.code}` } : {}),
    });
    console.log(`${template}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}${issues.length ? `\n  ${issues.join('\n  ')}` : ''}`);
  }
} finally {
  chrome.kill();
  server.close();
}

const table = [
  '| page | path | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) | CLS | transferred (kB) |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) =>
    r.scores
      ? `| ${r.template} | ${r.path} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${r.lcp?.toFixed(0)} | ${r.tbt?.toFixed(0)} | ${r.cls?.toFixed(3)} | ${((r.bytes ?? 0) / 1024).toFixed(1)} |`
      : `| ${r.template} | ${r.path} | ${r.note} | | | | | | | |`,
  ),
].join('\n');
const issues = rows.flatMap((r) => (r.issues ?? []).map((i) => `- ${r.template}: ${i}`));
const report = [
  '# Benchmark: Lighthouse (mobile)',
  '',
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile emulation with simulated throttling (slow 4G, 4× CPU slowdown), headless Chromium; the built site served on 127.0.0.1 by scripts/lib/static-server.ts with dist/_headers. Targets: performance ≥ 95, accessibility 100, best practices 100.`,
  '',
  table,
  '',
  issues.length ? `Audits below 90 that carry weight:\n\n${issues.join('\n')}` : 'No weighted audit below 90.',
  '',
].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-lighthouse.md', report);
console.log(`\n${table}\n\nreports/bench-lighthouse.md`);
