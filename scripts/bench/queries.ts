/**
 * `npm run bench -- queries`: how well the search answers what families type, on the real content.
 * Runs every item of data/queries/zapytania.json (the shared set) and data/queries/zapytania-wlasne.json
 * (the project's own) in Chromium against the built site (dist/, or DIST_DIR; build it first with
 * `npm run build`), on both surfaces:
 *  - the instant filter on /placowki/: the gmina chosen (as a shared link would), the query typed;
 *  - the full-text search on /szukaj/: the gmina's województwo chosen, the query typed.
 * An item passes when every expected entry is among the first k results. Prints recall@k per set and
 * surface with the misses, and writes reports/bench-queries.md. Figures, never pass/fail.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';

interface Item {
  q: string;
  gmina: string | null;
  expect: string[];
  k: number;
}
interface Outcome {
  item: Item;
  found: string[];
  ok: boolean;
}
type Surface = 'placowki' | 'szukaj';

const dist = process.env.DIST_DIR ?? 'dist';
if (!existsSync(join(dist, 'indeks', 'meta.json'))) {
  console.error(`Brak zbudowanej strony w ${dist}/: uruchom najpierw "npm run build".`);
  process.exit(1);
}
const SETS: [string, string][] = [
  ['shared (zapytania.json)', 'data/queries/zapytania.json'],
  ['own (zapytania-wlasne.json)', 'data/queries/zapytania-wlasne.json'],
];
const meta = JSON.parse(readFileSync(join(dist, 'indeks', 'meta.json'), 'utf8')) as { wojewodztwa: [string, string][] };
const wojName = (gmina: string) => meta.wojewodztwa.find(([code]) => code === gmina.slice(0, 2))?.[1] ?? '';

/** An entry's id from a result link: /placowka/<file name>/ or /telefony-zaufania/#<helpline id>. */
function idOf(href: string): string {
  const url = new URL(href, 'http://site');
  if (url.pathname.startsWith('/telefony-zaufania/') && url.hash) return url.hash.slice(1);
  return url.pathname.match(/^\/placowka\/([^/]+)\/$/)?.[1] ?? url.pathname + url.hash;
}

async function runItem(browser: Browser, base: string, surface: Surface, item: Item): Promise<Outcome> {
  const context = await browser.newContext({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });
  const page = await context.newPage();
  try {
    let links: string[];
    if (surface === 'placowki') {
      await page.goto(`${base}/placowki/${item.gmina ? `?gmina=${item.gmina}` : ''}`);
      const input = page.getByLabel('Czego szukasz?');
      await input.click();
      await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
      await input.fill(item.q);
      await page.waitForFunction(
        (q) => {
          const box = document.querySelector('.directory-filter');
          return box?.getAttribute('data-query') === q && /Znaleziono|Nic nie pasuje/.test(box.textContent ?? '');
        },
        item.q,
        { timeout: 60_000 },
      );
      links = await page.locator('.directory-filter .entry-list h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    } else {
      await page.goto(`${base}/szukaj/${item.gmina ? `?woj=${encodeURIComponent(wojName(item.gmina))}` : ''}`);
      await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
      await page.getByLabel('Szukaj w katalogu i informatorze').fill(item.q);
      await page.waitForFunction(
        (q) => {
          const box = document.querySelector('.site-search');
          const status = box?.querySelector('[role=status]')?.textContent ?? '';
          if (/Nic nie/.test(status)) return true;
          return /Znaleziono/.test(status) && box?.querySelector('.search-results')?.getAttribute('data-query') === q;
        },
        item.q,
        { timeout: 60_000 },
      );
      links = await page.locator('.search-results h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    }
    const found = links.map(idOf);
    const top = found.slice(0, item.k);
    return { item, found: top, ok: item.expect.every((e) => top.includes(e)) };
  } finally {
    await context.close();
  }
}

const { server, url } = await serveStatic(dist);
const launch = () => chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
let browser = await launch();
// BENCH_SURFACES=szukaj or placowki, BENCH_SETS=shared or own: a part only (a busy machine).
const surfaces = (process.env.BENCH_SURFACES ?? 'placowki,szukaj').split(',') as Surface[];
const sets = process.env.BENCH_SETS?.split(',');

/** One item; a crashed browser (it happens on a loaded machine) is relaunched and the item tried once more. */
async function attempt(surface: Surface, item: Item): Promise<Outcome> {
  try {
    return await runItem(browser, url, surface, item);
  } catch (error) {
    if (browser.isConnected()) return { item, found: [`error: ${(error as Error).message.split('\n')[0]}`], ok: false };
    browser = await launch();
    return runItem(browser, url, surface, item).catch((e: Error) => ({ item, found: [`error: ${e.message.split('\n')[0]}`], ok: false }));
  }
}
const sections: string[] = [];
const summary: string[] = [];
try {
  for (const [label, file] of SETS) {
    if (!existsSync(file) || (sets && !sets.some((x) => label.startsWith(x)))) continue;
    const items = (JSON.parse(readFileSync(file, 'utf8')) as { items: Item[] }).items;
    for (const surface of surfaces) {
      const outcomes: Outcome[] = [];
      for (const item of items) {
        outcomes.push(await attempt(surface, item));
        if (process.env.BENCH_VERBOSE) console.log(`  ${outcomes.at(-1)!.ok ? 'ok  ' : 'miss'} ${item.q}`);
      }
      const passed = outcomes.filter((o) => o.ok).length;
      const line = `${label}, /${surface}/: ${passed}/${items.length} (recall@k ${(passed / items.length).toFixed(2)})`;
      console.log(line);
      summary.push(`| ${label} | /${surface}/ | ${passed}/${items.length} |`);
      const misses = outcomes.filter((o) => !o.ok);
      for (const m of misses)
        console.log(`  miss: "${m.item.q}" (${m.item.gmina ?? 'bez gminy'}) expected ${m.item.expect.join(', ')}; got ${m.found.join(', ') || 'nothing'}`);
      sections.push(
        `## ${label}, /${surface}/: ${passed}/${items.length}\n\n| query | gmina | expected | first k results | |\n|---|---|---|---|---|\n` +
          outcomes
            .map((o) => `| ${o.item.q} | ${o.item.gmina ?? '–'} | ${o.item.expect.join(', ')} | ${o.found.join(', ') || '–'} | ${o.ok ? 'ok' : '**miss**'} |`)
            .join('\n'),
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}
mkdirSync('reports', { recursive: true });
writeFileSync(
  process.env.BENCH_REPORT ?? 'reports/bench-queries.md',
  `# Benchmark: queries\n\n${new Date().toISOString()} · load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}\n\n` +
    `Each item passes when every expected entry is among the first k results. /placowki/: the instant filter with the item's gmina chosen; ` +
    `/szukaj/: Pagefind with the gmina's województwo chosen (without a gmina: the national index).\n\n` +
    `| set | surface | passed |\n|---|---|---|\n${summary.join('\n')}\n\n${sections.join('\n\n')}\n`,
);
console.log('\nreports/bench-queries.md');
