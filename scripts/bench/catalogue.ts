/**
 * Benchmark of the catalogue builder in real Chromium, over the built site (dist/; built first if missing):
 *  - the JavaScript the builder's first load ships (gzipped), and that the PDF engine is not part of it;
 *  - the time from "Pobierz PDF" to the finished download for a 40-service catalogue (synthetic, opened
 *    from a file), the first time and then warm. The builder warms the engine and fonts when the browser is
 *    idle after the assistant's first interaction, and on the preview step; the benchmark works as an assistant
 *    does (a first key press, Tab, right after the page loads, then the steps), so "first time" is what an
 *    assistant gets on the first export when clicking at once; the preview also makes the PDF ahead once it stands
 *    still (src/islands/catalogue/pdf-ahead.ts), measured after reading the preview for a few seconds. "Warm"
 *    changes the catalogue (large print) just before each click, so each is a new render.
 * Prints a table and writes reports/bench-catalogue.md. Figures only, never pass/fail.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { exportCatalogue } from '../../src/lib/catalogue/codec.ts';
import { emptyAdded } from '../../src/lib/catalogue/added.ts';
import { emptyCatalogue, type Catalogue, type Chosen } from '../../src/lib/catalogue/model.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.ts';
import { run } from '../lib/run.ts';
import { serveStatic } from '../lib/static-server.ts';

const DIST = 'dist';
const SERVICES = 40;
const WARM_RUNS = 5;
const BUDGET_PDF_MS = 1500;
const BUDGET_JS_KB = 150;
/** How long the benchmark's assistant reads the preview before the click, in the "after reading" figure. */
const READING_MS = 5000;
const LARGE_PRINT = 'Duży druk';

if (!existsSync(`${DIST}/katalog/index.html`)) {
  const code = await run(process.execPath, ['scripts/build.ts'], { ASTRO_TELEMETRY_DISABLED: '1', PUBLIC_MAP_TILES: 'none' });
  if (code !== 0) process.exit(code);
}

/** Synthetic services (benchmark only): realistic lengths, Polish letters, spread over five needs. */
function syntheticCatalogue(): Catalogue {
  const needs = ['psychologiczne', 'pieniadze', 'wychowanie', 'prawne', 'zdrowie'];
  const chosen: Chosen[] = Array.from({ length: SERVICES }, (_, i) => ({
    entryId: `bench-${i}`,
    snapshot: {
      kind: i % 10 === 9 ? 'helpline' : 'institution',
      name: `Przykładowy ośrodek wsparcia nr ${i + 1} w Dąbrowie Białostockiej`,
      url: `/placowka/przyklad-${i + 1}/`,
      address: `ul. Źródlana ${i + 1}, 16-200 Dąbrowa Białostocka`,
      phones: [{ display: '85 711 73 46', label: 'sekretariat' }],
      emails: [`kontakt${i + 1}@example.org`],
      hoursText: ['poniedziałek–piątek 7:30–15:30', 'sobota 9:00–13:00'],
      verified: '2026-11-23',
      gmina: '2011013',
      reach: 0,
      services: [
        {
          id: 's1',
          name: 'Konsultacje i porady dla rodziców',
          description: 'Spotkania z psychologiem, pedagogiem lub pracownikiem socjalnym; rozmowa o tym, czego rodzina potrzebuje najbardziej.',
          access: 'Zadzwoń i umów się. Nie trzeba skierowania. Zabierz dowód osobisty.',
          needs: [needs[i % needs.length]!],
        },
      ],
    },
    added: emptyAdded(),
    why: 'Rodzina chce porozmawiać o trudnych emocjach po diagnozie.',
    nextStep: 'Zadzwonić w poniedziałek rano i umówić pierwszą wizytę.',
    contactPerson: 'sekretariat',
    documents: 'dowód osobisty, orzeczenie',
    date: '2026-12-01',
  }));
  return {
    ...emptyCatalogue('2026-11-23'),
    pseudonym: 'Rodzina testowa',
    gmina: { code: '2011013', name: 'Dąbrowa Białostocka', powiat: 'powiat sokólski', wojewodztwo: 'podlaskie', wojSlug: 'podlaskie' },
    goals: 'Spokojnie przygotować się na narodziny dziecka i znaleźć wsparcie blisko domu.',
    needs,
    chosen,
    plan: Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, action: `Działanie numer ${i + 1}: umówić wizytę`, who: 'mama', byWhen: '2026-12-10' })),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { server, url } = await serveStatic(DIST);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'pl-PL' });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    // Files of this site only (the PDF engine also starts a blob: script of its own).
    if (r.resourceType() === 'script' && r.url().startsWith(url)) scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(`${url}/katalog/`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
  const preloadMark = () => performance.getEntriesByName('katalog-pdf-preload')[0]?.startTime;
  // Loaded and idle, nobody has touched the page yet: the engine must not have started (src/islands/catalogue/pdf-engine.ts).
  const engineBeforeInteraction = (await page.evaluate(preloadMark)) !== undefined;
  // The assistant starts working: a first key press. The engine starts loading when the browser is idle after it.
  const interactionAt = await page.evaluate(() => performance.now());
  await page.keyboard.press('Tab');
  await page.waitForFunction(preloadMark, undefined, { timeout: 30_000 });
  const preloadAt = (await page.evaluate(preloadMark))!;
  // The first load is what the page requested before the engine started.
  const beforePreload = await page.evaluate((mark) => {
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime < mark)
      .map((e) => new URL(e.name).pathname);
  }, preloadAt);
  const firstLoad = [...scripts]
    .filter((path) => beforePreload.includes(path))
    .map((path) => {
      const bytes = readFileSync(`${DIST}${decodeURIComponent(path)}`);
      return { path, raw: bytes.length, gzip: gzipSync(bytes).length };
    });
  const jsGzipKb = firstLoad.reduce((sum, f) => sum + f.gzip, 0) / 1024;
  const engineOnFirstLoad = firstLoad.some((f) => f.path.includes('render-browser'));

  await page.getByLabel('Otwórz zapisany katalog (plik .json)').setInputFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exportCatalogue(syntheticCatalogue())),
  });
  await page.getByText('Otworzono katalog z pliku bench.json.').waitFor();
  await page
    .getByRole('button', { name: /Podgląd, druk i PDF/ })
    .first()
    .click();
  const pdfButton = page.getByRole('button', { name: 'Pobierz PDF' });

  const largePrint = page.getByLabel(LARGE_PRINT);
  /** A click on "Pobierz PDF" to the finished download. `change`: toggle large print just before, so the PDF is new. */
  const timeOnce = async (change = false) => {
    await pdfButton.waitFor();
    if (change) await largePrint.click();
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), pdfButton.click()]);
    await download.path();
    const ms = performance.now() - start;
    const size = readFileSync((await download.path())!).length;
    const render = await page.evaluate(() => performance.getEntriesByName('katalog-pdf-render').at(-1)?.duration ?? NaN);
    return { ms, size, render };
  };
  // Clicked at once on reaching the preview: nothing made ahead yet, the PDF renders on the click.
  const cold = await timeOnce();
  const engine = [...scripts].filter((p) => !firstLoad.some((f) => f.path === p)).map((path) => gzipSync(readFileSync(`${DIST}${path}`)).length);
  const warm: number[] = [];
  const warmRender: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const r = await timeOnce(true);
    warm.push(r.ms);
    warmRender.push(r.render);
  }
  // As an assistant does: the preview read for a few seconds before the click (src/islands/catalogue/pdf-ahead.ts).
  if (await largePrint.isChecked()) await largePrint.click();
  await page.waitForTimeout(READING_MS);
  const afterReading = await timeOnce();

  const rows: [string, string, string][] = [
    ['Builder first load: JavaScript (gzip)', `${jsGzipKb.toFixed(1)} kB in ${firstLoad.length} files`, `≤ ${BUDGET_JS_KB} kB`],
    ['PDF engine on first load', engineOnFirstLoad ? 'yes' : 'no', 'no'],
    ['PDF engine started before the first interaction (page loaded, network idle)', engineBeforeInteraction ? 'yes' : 'no', 'no'],
    [
      'PDF engine starts loading (browser idle after the first key press)',
      `${(preloadAt - interactionAt).toFixed(0)} ms after the key press, ${interactionAt.toFixed(0)} ms after navigation`,
      '–',
    ],
    ['PDF engine loaded on demand (gzip)', `${(engine.reduce((a, b) => a + b, 0) / 1024).toFixed(1)} kB`, '–'],
    [`PDF, ${SERVICES} services, first time: click to download`, `${cold.ms.toFixed(0)} ms (in the page ${cold.render.toFixed(0)} ms)`, '–'],
    [`PDF, ${SERVICES} services, first time after ${READING_MS / 1000} s on the preview: click to download`, `${afterReading.ms.toFixed(0)} ms`, '–'],
    [
      `PDF, ${SERVICES} services, warm, changed just before the click: click to download (median of ${WARM_RUNS})`,
      `${median(warm).toFixed(0)} ms (min ${Math.min(...warm).toFixed(0)}, max ${Math.max(...warm).toFixed(0)})`,
      '–',
    ],
    [
      `PDF, ${SERVICES} services, warm: render in the page (median)`,
      `${median(warmRender).toFixed(0)} ms (min ${Math.min(...warmRender).toFixed(0)})`,
      `≤ ${BUDGET_PDF_MS} ms`,
    ],
    ['Machine load (1-minute load average, 2 cores shared)', loadavg()[0]!.toFixed(1), '–'],
    ['PDF size', `${(cold.size / 1024).toFixed(0)} kB`, '–'],
  ];
  const table = ['| measure | result | target |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const files = [
    '| first-load file | raw | gzip |',
    '|---|---|---|',
    ...firstLoad.map((f) => `| ${f.path} | ${(f.raw / 1024).toFixed(1)} kB | ${(f.gzip / 1024).toFixed(1)} kB |`),
  ].join('\n');
  console.log(`${table}\n\n${files}`);
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/bench-catalogue.md',
    `# Benchmark: catalogue builder\n\nChromium (headless), built site from dist/, ${new Date().toISOString()}.\nTimes are from the click on "Pobierz PDF" to the finished download, measured in the real browser.\n\n${table}\n\n${files}\n`,
  );
  await context.close();
} finally {
  await browser.close();
  server.close();
}
