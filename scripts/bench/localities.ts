/**
 * Benchmark of "find my gmina by the village" in real Chromium over the built site (dist/; built first
 * if missing), CPU throttled 4× (CDP Emulation.setCPUThrottlingRate):
 *  - the gzipped size of each województwo's localities file (/miejscowosci/<woj>.json);
 *  - per keystroke in the builder's gmina picker, with the largest file (mazowieckie) and podlaskie loaded:
 *    the time from the input event to the next frame after the list is rendered.
 * Prints a table and writes reports/bench-localities.md. Figures only, never pass/fail.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.ts';
import { run } from '../lib/run.ts';
import { serveStatic } from '../lib/static-server.ts';

const DIST = 'dist';
const THROTTLE = 4;
const BUDGET_MS = 50;
const BUDGET_GZ_KB = 100;

if (!existsSync(`${DIST}/miejscowosci/podlaskie.json`)) {
  const code = await run(process.execPath, ['scripts/build.ts'], { ASTRO_TELEMETRY_DISABLED: '1', PUBLIC_MAP_TILES: 'none' });
  if (code !== 0) process.exit(code);
}

const sizes = readdirSync(`${DIST}/miejscowosci`)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const raw = readFileSync(`${DIST}/miejscowosci/${f}`);
    return { woj: f.replace(/\.json$/, ''), kb: raw.length / 1024, gz: gzipSync(raw, { level: 9 }).length / 1024 };
  })
  .sort((a, b) => b.gz - a.gz);

const { server, url } = await serveStatic(DIST);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const timings: { woj: string; query: string; ms: number[] }[] = [];
try {
  for (const [woj, query] of [
    ['mazowieckie', 'nowa wies'],
    ['podlaskie', 'jaziewo'],
  ] as const) {
    const page = await browser.newPage();
    await page.goto(`${url}/katalog/`);
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
    const select = page.getByLabel('Województwo (nieobowiązkowe)');
    await page.waitForFunction(() => (document.querySelector('select[id$="-woj"]') as HTMLSelectElement | null)?.options.length === 17);
    await select.selectOption(woj);
    await page.waitForResponse((r) => r.url().endsWith(`/miejscowosci/${woj}.json`)).catch(() => undefined);
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const ms = await page.evaluate(async (q) => {
      const input = document.querySelector('input[role="combobox"]') as HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      input.focus();
      const out: number[] = [];
      for (let i = 1; i <= q.length; i++) {
        const start = performance.now();
        setter.call(input, q.slice(0, i));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        out.push(performance.now() - start);
      }
      return out;
    }, query);
    timings.push({ woj, query, ms });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');
const lines = [
  '# Benchmark: find my gmina by the village',
  '',
  `Load average at the end: ${load}. CPU throttled ${THROTTLE}× in Chromium. Budget: < ${BUDGET_MS} ms per keystroke, ≤ ${BUDGET_GZ_KB} kB gzipped per województwo.`,
  '',
  '| województwo | file (kB) | gzipped (kB) |',
  '|---|---|---|',
  ...sizes.map((s) => `| ${s.woj} | ${s.kb.toFixed(1)} | ${s.gz.toFixed(1)} |`),
  '',
  '| województwo | typed | ms per keystroke (each prefix) | max |',
  '|---|---|---|---|',
  ...timings.map((t) => `| ${t.woj} | ${t.query} | ${t.ms.map((m) => m.toFixed(0)).join(', ')} | ${Math.max(...t.ms).toFixed(0)} |`),
];
console.log(lines.join('\n'));
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-localities.md', `${lines.join('\n')}\n`);
