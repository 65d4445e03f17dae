/**
 * `npm run bench -- search`: the directory search at scale, in real Chromium.
 * For each size (BENCH_SIZES, default 1000,10000,30000): generates synthetic entries outside content/
 * (scripts/synthetic.ts), builds and indexes the site (validate + Astro + Pagefind), then measures:
 *  - build + index wall time,
 *  - JavaScript the directory page ships (gzipped) before any interaction, and once the filter is used,
 *  - keystroke → results in the instant filter (every key of several queries, all of Poland loaded),
 *  - a cold Pagefind search on /szukaj/, without a województwo and in the largest one: bytes
 *    transferred and time to the first result.
 * Prints a table and writes reports/bench-search.md. Figures, never pass/fail.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.ts';
import { run } from '../lib/run.ts';
import { serveStatic } from '../lib/static-server.ts';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,30000').split(',').map(Number);
const QUERIES = ['osrodek pomocy spolecznej', 'psycholog', 'poradnia', 'latarnia 12', 'urzad pracy', 'osrodke pomocy'];
const env = { ASTRO_TELEMETRY_DISABLED: '1', PUBLIC_MAP_TILES: 'none' };

interface Row {
  n: number;
  buildSeconds: number;
  buildCpuSeconds: number;
  jsBefore: number;
  jsAfter: number;
  recordsKb: number;
  keys: number;
  p50: number;
  p95: number;
  max: number;
  pagefind: ColdSearch;
  pagefindRegion: ColdSearch & { name: string; entries: number };
}

interface ColdSearch {
  kb: number;
  ms: number;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Gzipped size of the JavaScript a page loaded: its script files from dist plus its inline scripts. */
function gzippedJs(dist: string, urls: string[], html: string): number {
  let total = 0;
  for (const u of new Set(urls)) {
    const path = new URL(u).pathname;
    if (/\.m?js$/.test(path) && !path.startsWith('/pagefind/')) total += gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
  }
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) total += gzipSync(m[1]!, { level: 9 }).length;
  return total;
}

async function keystrokeLatencies(page: Page): Promise<number[]> {
  const input = page.getByLabel('Czego szukasz?');
  await input.click();
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
  // Each render of the island sets data-query, so every key gives one sample even when the list stays the same.
  // Warm-up: the first query fetches the records of all of Poland; not a keystroke figure.
  await input.fill('a');
  await page.waitForFunction(() => /Znaleziono/.test(document.querySelector('.directory-filter [role=status]')?.textContent ?? ''), null, { timeout: 120_000 });
  await input.fill('');
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __t0: number | null };
    w.__lat = [];
    w.__t0 = null;
    document.querySelector('.directory-filter input[type=search]')!.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
    new MutationObserver(() => {
      if (w.__t0 === null) return;
      const t0 = w.__t0;
      w.__t0 = null;
      requestAnimationFrame(() => w.__lat.push(performance.now() - t0));
    }).observe(document.querySelector('.directory-filter')!, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-query'],
    });
  });
  for (const q of QUERIES) {
    for (const ch of q) {
      await page.keyboard.type(ch);
      await page.waitForFunction(() => (window as unknown as { __t0: number | null }).__t0 === null);
    }
    await input.fill('');
  }
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

/** A search in a fresh browser context: bytes of everything fetched under /pagefind/, and time to the first result. */
async function coldSearch(browser: Browser, base: string, dist: string, path: string): Promise<ColdSearch> {
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  // Pagefind's index files are compressed already; its .js/.json files count as a host would send them (gzip),
  // since the test server does not compress.
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (r) => {
    const file = new URL(r.url()).pathname;
    if (!file.startsWith('/pagefind/')) return;
    if (/\.(js|json)$/.test(file)) sizes.push(Promise.resolve(existsSync(join(dist, file)) ? gzipSync(readFileSync(join(dist, file))).length : 0));
    else sizes.push(r.sizes().then((s) => s.responseBodySize));
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
  const t0 = Date.now();
  await page.getByLabel('Szukaj w katalogu i informatorze').fill('osrodek pomocy');
  await page.locator('.search-results h3').first().waitFor({ timeout: 60_000 });
  const ms = Date.now() - t0;
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { kb: kb(total), ms };
}

async function measure(n: number, executablePath: string): Promise<Row> {
  const content = `.cache/synthetic-${n}`;
  const dist = `.cache/dist-${n}`;
  if (!existsSync(join(content, 'institutions'))) {
    const code = await run(process.execPath, ['scripts/synthetic.ts', String(n), content]);
    if (code !== 0) throw new Error('synthetic data failed');
  }
  // A cold build, as on a fresh checkout: without Astro's content cache from an earlier build.
  rmSync(join('node_modules', '.astro'), { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  // The machine may be shared: besides wall time, record the CPU time the build used (GNU time, when installed).
  const timing = join('.cache', `build-time-${n}.txt`);
  const build = [process.execPath, 'scripts/build.ts'];
  const started = performance.now();
  const code = existsSync('/usr/bin/time')
    ? await run('/usr/bin/time', ['-f', '%U %S', '-o', timing, ...build], { ...env, KATALOG_CONTENT_DIR: content, DIST_DIR: dist })
    : await run(build[0]!, build.slice(1), { ...env, KATALOG_CONTENT_DIR: content, DIST_DIR: dist });
  const buildSeconds = (performance.now() - started) / 1000;
  const cpu = existsSync(timing) ? readFileSync(timing, 'utf8').trim().split(/\s+/).slice(-2).map(Number) : [];
  const buildCpuSeconds = cpu.length === 2 ? Math.round((cpu[0]! + cpu[1]!) * 10) / 10 : NaN;
  if (code !== 0) throw new Error(`build of ${n} failed`);
  const recordsKb = kb(
    ['kraj', ...Array.from({ length: 16 }, (_, i) => String(2 * (i + 1)).padStart(2, '0'))]
      .map((s) => join(dist, 'indeks', `${s}.json`))
      .filter(existsSync)
      .reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0),
  );

  const { server, url } = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // Directory: JS before and after the first interaction; keystroke latency.
    const context = await browser.newContext({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${url}/placowki/`, { waitUntil: 'networkidle' });
    const html = readFileSync(join(dist, 'placowki/index.html'), 'utf8');
    const jsBefore = gzippedJs(dist, requests, html);
    const latencies = await keystrokeLatencies(page);
    const jsAfter = gzippedJs(dist, requests, html);
    await context.close();

    // Cold Pagefind searches: without a województwo (national index) and in the largest one.
    const meta = JSON.parse(readFileSync(join(dist, 'indeks', 'meta.json'), 'utf8')) as { shards: Record<string, number>; wojewodztwa: [string, string][] };
    const [largest] = meta.wojewodztwa.sort(([a], [b]) => (meta.shards[b] ?? 0) - (meta.shards[a] ?? 0));
    const national = await coldSearch(browser, url, dist, '/szukaj/');
    const regional = await coldSearch(browser, url, dist, `/szukaj/?woj=${encodeURIComponent(largest![1])}`);

    return {
      n,
      buildSeconds: Math.round(buildSeconds * 10) / 10,
      buildCpuSeconds,
      jsBefore: kb(jsBefore),
      jsAfter: kb(jsAfter),
      recordsKb,
      keys: latencies.length,
      p50: Math.round(percentile(latencies, 50) * 10) / 10,
      p95: Math.round(percentile(latencies, 95) * 10) / 10,
      max: Math.round(Math.max(...latencies) * 10) / 10,
      pagefind: national,
      pagefindRegion: { ...regional, name: largest![1], entries: meta.shards[largest![0]] ?? 0 },
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const executablePath = ensureChromium();
const rows: Row[] = [];
for (const n of sizes) {
  console.log(`\n--- ${n} synthetic entries ---`);
  rows.push(await measure(n, executablePath));
  console.table(rows.at(-1));
}

const header =
  '| entries | build + index: wall / CPU (s) | directory JS before use (kB gz) | after first use (kB gz) | search records, all of Poland (kB gz) | keystrokes | keystroke → results p50 / p95 / max (ms) | cold Pagefind search, no województwo: kB / ms | cold Pagefind search, largest województwo: kB / ms |';
const table = [
  header,
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.n.toLocaleString('en')} | ${r.buildSeconds} / ${r.buildCpuSeconds} | ${r.jsBefore} | ${r.jsAfter} | ${r.recordsKb} | ${r.keys} | ${r.p50} / ${r.p95} / ${r.max} | ${r.pagefind.kb} / ${r.pagefind.ms} | ${r.pagefindRegion.kb} / ${r.pagefindRegion.ms} (${r.pagefindRegion.name}, ${r.pagefindRegion.entries.toLocaleString('en')} entries) |`,
  ),
].join('\n');
console.log(`\n${table}`);
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench-search.md',
  `# Benchmark: search\n\n${new Date().toISOString()} · ${cpus()[0]?.model ?? 'CPU'} · ${availableParallelism()} cores · Chromium\n\n` +
    `Load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} (the machine may be shared; CPU time is user + system of the build and its children).\n` +
    `Synthetic entries (scripts/synthetic.ts) plus the real helplines; all 2,477 gmina pages are built each time, from cold (no Astro content cache, no earlier dist).\n` +
    `Keystroke → results: from keydown to the next frame after the result list changed, every key of: ${QUERIES.map((q) => `"${q}"`).join(', ')}, with no region chosen (all records loaded).\n` +
    `Directory JS: gzipped size of the scripts /placowki/ loads (files and inline), before any interaction and after the first use of the filter (Leaflet is never loaded there).\n` +
    `Cold Pagefind search: "osrodek pomocy" in a fresh browser; without a województwo the national index answers (informator, helplines, national services), with one that województwo's index.\n\n${table}\n`,
);
console.log('\nreports/bench-search.md');
