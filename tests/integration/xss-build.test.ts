/**
 * Contributed Markdown cannot inject HTML or scripts. A poisoned entry (known XSS payloads in
 * the body and in text fields) goes through the REAL build (astro build with the sanitising
 * Markdown pipeline and Pagefind) in a temporary copy of content/; then no payload may reach
 * any HTML page of dist/, checked in the files and by running the page in Chromium.
 * The validator refuses the same file before any build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { launch, withPage } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';

const PAYLOADS = [
  `<script>window.__xss='script'</script>`,
  `<img src=x onerror="window.__xss='img'">`,
  `<svg onload="window.__xss='svg'"><circle r="1"/></svg>`,
  `[zwykły link js](javascript:window.__xss='mdlink')`,
  `[wielkie litery](JaVaScRiPt:window.__xss='caps')`,
  `[encje](&#106;avascript&#58;window.__xss='entity')`,
  `[encje szesnastkowe](&#x6A;&#x61;vascript:window.__xss='hexentity')`,
  `<javascript:window.__xss='autolink'>`,
  `[dane html](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9J2RhdGEnPC9zY3JpcHQ+)`,
  `![obraz svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3hzcz0nc3ZnZGF0YSciLz4=)`,
  `<iframe src="javascript:window.__xss='iframe'"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss='srcdoc'</script>"></iframe>`,
  `<div style="background:url(javascript:window.__xss='style')">styl</div>`,
  `<p style="width:expression(window.__xss='expr')">expression</p>`,
  `<style>body{background:url("javascript:window.__xss='styletag'")}</style>`,
  `<a href="javascript:window.__xss='rawa'">surowy link</a>`,
  `<a href="  javascript:window.__xss='spaced'">link ze spacjami</a>`,
  `<object data="javascript:window.__xss='object'"></object>`,
  `<embed src="javascript:window.__xss='embed'">`,
  `<form action="javascript:window.__xss='form'"><button>wyślij</button></form>`,
  `<math><mi xlink:href="javascript:window.__xss='math'">m</mi></math>`,
  `<details open ontoggle="window.__xss='details'">szczegóły</details>`,
  `<body onload="window.__xss='body'">`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__xss='meta'">`,
  `<base href="javascript:/">`,
  `<link rel="stylesheet" href="javascript:window.__xss='link'">`,
  `<input autofocus onfocus="window.__xss='autofocus'">`,
  `<video><source onerror="window.__xss='video'"></video>`,
  `<a href="#" onclick="window.__xss='click'">kliknij</a>`,
  `[link referencyjny][r]\n\n[r]: javascript:window.__xss='reflink'`,
  `<!--<img src=x onerror="window.__xss='comment'">-->`,
];

const ENTRY = `---
id: 9d7e2c1a-4b3f-4e5d-8a9b-0c1d2e3f4a5b
name: "Test XSS <script>window.__xss='name'</script>"
type: organizacja-pozarzadowa
gmina: "2011013"
phones:
  - number: "+48 85 700 00 00"
    label: "<img src=x onerror=window.__xss='label'>"
services:
  - id: porady
    name: "Porady <svg onload=window.__xss='service'>"
    description: "<iframe src=javascript:window.__xss='description'></iframe>"
    needs: [prawne]
verified:
  date: 2026-11-01
  source: "Test bezpieczeństwa (dane syntetyczne)"
---

Bezpieczny tekst na początku.

${PAYLOADS.join('\n\n')}

Bezpieczny tekst na końcu.
`;

const FILE = 'institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka/xss-test.md';
const scratch = mkdtempSync(join(tmpdir(), 'katalog-xss-'));
const content = join(scratch, 'content');
const dist = join(scratch, 'dist');
let build: { status: number | null; output: string };
let server: Server;
let url: string;
let browser: Browser;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

/** What in an HTML text could run: event handlers, script URLs, embedding tags, payloads in script or style. */
function unsafeMarkup(html: string): string[] {
  const bad: string[] = [];
  // A small tokenizer: tags with their attributes (quoted values kept whole, so a "<" inside a
  // value is inert text), and the raw text of script and style elements.
  const TAG = /<([a-z][^\s/>]*)((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [tag, name = '', attrs = ''] = m;
    const where = tag.slice(0, 120);
    // The site's own forms (filters, the contribution form) are fine; a form aimed at javascript: is caught below.
    if (/^(iframe|object|embed|base|math)$/i.test(name)) bad.push(where);
    for (const [, attr = '', value = ''] of attrs.matchAll(/([^\s=>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const v = value
        .replace(/^["']|["']$/g, '')
        .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
        .replace(/&colon;/gi, ':')
        .replace(/[\u0000-\u0020]/g, '');
      if (/^on/i.test(attr)) bad.push(where);
      if (/^(href|src|action|formaction|data|xlink:href|srcdoc|poster)$/i.test(attr) && /^(javascript|vbscript|data):/i.test(v)) bad.push(where);
      if (/^style$/i.test(attr) && /expression\(|javascript:/i.test(v)) bad.push(where);
    }
    if (/^(script|style)$/i.test(name)) {
      const close = html.toLowerCase().indexOf(`</${name.toLowerCase()}`, TAG.lastIndex);
      const body = html.slice(TAG.lastIndex, close < 0 ? html.length : close);
      if (/__xss|javascript:/i.test(body)) bad.push(`${where} ${body.slice(0, 80)}`);
      TAG.lastIndex = close < 0 ? html.length : close;
    }
  }
  return bad;
}

beforeAll(async () => {
  build = buildSite(scratch, { edit: (copy) => writeFileSync(join(copy, FILE), ENTRY), env: { PUBLIC_MAP_TILES: 'none' }, pagefind: true, timeout: 280_000 });
  ({ server, url } = await serveStatic(dist));
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  rmSync(scratch, { recursive: true, force: true });
});

describe('the markup scanner used below', () => {
  it('flags raw payloads and leaves escaped text and inert attribute values alone', () => {
    expect(unsafeMarkup(`<img src=x onerror="a()">`)).toHaveLength(1);
    expect(unsafeMarkup(`<a href=" javascript:a()">x</a>`)).toHaveLength(1);
    expect(unsafeMarkup(`<a href="java&#58;script:a()">x</a>`)).toHaveLength(0);
    expect(unsafeMarkup(`<a href="javascript&#58;a()">x</a>`)).toHaveLength(1);
    expect(unsafeMarkup(`<a href="&#106;ava&#x73;cript:a()">x</a>`)).toHaveLength(1);
    expect(unsafeMarkup(`<script>window.__xss=1</script>`)).toHaveLength(1);
    expect(unsafeMarkup(`<iframe src="https://x"></iframe>`)).toHaveLength(1);
    expect(unsafeMarkup(`<p style="width:expression(a())">`)).toHaveLength(1);
    expect(
      unsafeMarkup(
        `<meta name="description" content="Test <script>window.__xss=1</script>"><p>&lt;script&gt;window.__xss&lt;/script&gt;</p><script>ok()</script>`,
      ),
    ).toEqual([]);
  });
});

describe('a poisoned entry through the real build', () => {
  it('the validator refuses it before any build, naming the description', () => {
    const r = spawnSync(process.execPath, ['scripts/validate.ts', '--format=json'], {
      env: { ...process.env, KATALOG_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const issues = (JSON.parse(r.stdout) as { issues: { file: string; field: string; message: string }[] }).issues.filter((i) =>
      i.file.endsWith('xss-test.md'),
    );
    expect(issues.filter((i) => i.field === 'opis').length).toBeGreaterThanOrEqual(PAYLOADS.length - 2);
    expect(issues.map((i) => i.message).join('\n')).toMatch(/kod HTML[\s\S]*niedozwolony link „javascript:”[\s\S]*„data:”/);
  });

  it('builds, and the page shows the safe text', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    const page = readFileSync(join(dist, 'placowka/xss-test/index.html'), 'utf8');
    expect(page).toContain('Bezpieczny tekst na początku.');
    expect(page).toContain('Bezpieczny tekst na końcu.');
  });

  it('no HTML page in dist/ carries an event handler, a script URL, an embedding tag or the payload in a script', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(100);
    const bad: string[] = [];
    for (const file of files) {
      bad.push(...unsafeMarkup(readFileSync(file, 'utf8')).map((m) => `${file.slice(dist.length)}: ${m}`));
    }
    expect(bad).toEqual([]);
  });

  it('in Chromium, nothing runs: not on load, not on focus, not on clicking every link', async () => {
    const dialogs: string[] = [];
    // This build has its own server: the page opens there. Dialogs are recorded from before it loads.
    const beforeLoad = (page: Page) => void page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    await withPage(browser, '/placowka/xss-test/', { origin: url, beforeLoad }, async ({ page }) => {
      await page.waitForTimeout(300);
      for (const link of await page.locator('main a').all()) {
        const href = await link.getAttribute('href');
        if (href && !href.startsWith('http') && !href.startsWith('/') && !href.startsWith('tel:') && !href.startsWith('mailto:') && !href.startsWith('#')) {
          throw new Error(`an unexpected link survived: ${href}`);
        }
        await link.evaluate((a: HTMLAnchorElement) => a.addEventListener('click', (e) => e.preventDefault(), { once: true }));
        await link.click({ noWaitAfter: true }).catch(() => undefined);
      }
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      const handlers = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
      );
      expect(handlers).toEqual([]);
      expect(await page.locator('main iframe, main object, main embed, main style, main form, main svg[onload]').count()).toBe(0);
    });
  });
});
