/**
 * Resilience: pages render when optional fields are missing, and print well.
 * 1. A build with a copy of content/ plus an institution and a helpline that have ONLY the required
 *    fields: their pages render with Polish fallbacks, and no page of that build says
 *    "undefined", "null" or "NaN".
 *    The same build has a gmina with more entries than a list shows as cards (COMPACT_LIST_FROM):
 *    its page lists them one per line, every one still linked.
 * 2. Printing (print media in Chromium, over the normal build): navigation, footer, quick exit and
 *    offline controls are hidden; the addresses of external links are printed after them.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPACT_LIST_FROM } from '../../src/lib/directory/view.ts';
import { launch, withPage } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';

const GMINA_DIR = 'institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka';
const GMINA_PAGE = '/placowki/podlaskie/powiat-sokolski/dabrowa-bialostocka/';
// Synthetic entries for this test only (never in content/): just the required fields.
const MINIMAL_INSTITUTION = `---
id: 7d0c1f7e-3a52-4c1e-9b7a-2f4e8d6a9b10
name: "Minimalna Placówka Testowa"
type: ops
gmina: "2011013"
services:
  - id: porady
    name: "Porady testowe"
    needs: [wsparcie-rodziny]
verified: { date: 2026-11-01, source: "Dane syntetyczne do testów" }
---
`;
const MINIMAL_HELPLINE = `
- id: minimalny-telefon-testowy
  name: Minimalny Telefon Testowy
  number: "+48 800 100 100"
  description: Syntetyczny wpis do testu odporności.
  needs: [kryzys]
  verified: { date: 2026-11-01, source: Dane syntetyczne do testów }
`;

// A gmina with many entries: GOPS Wejherowo plus these synthetic ones.
const CROWDED_DIR = 'institutions/pomorskie/powiat-wejherowski/wejherowo-wiejska';
const CROWDED_PAGE = '/placowki/pomorskie/powiat-wejherowski/wejherowo-wiejska/';
const CROWDED = Array.from({ length: COMPACT_LIST_FROM }, (_, i) => ({
  slug: `tlum-testowy-${i + 1}`,
  text: MINIMAL_INSTITUTION.replace(/^id: .*$/m, `id: ${randomUUID()}`)
    .replace('Minimalna Placówka Testowa', `Tłum testowy ${i + 1}`)
    .replace('"2011013"', '"2215102"'),
}));

const scratch = mkdtempSync(join(tmpdir(), 'katalog-minimal-'));
const dist = join(scratch, 'dist');
let build: { status: number | null; output: string };

beforeAll(() => {
  build = buildSite(scratch, {
    edit: (content) => {
      mkdirSync(join(content, GMINA_DIR), { recursive: true });
      writeFileSync(join(content, GMINA_DIR, 'minimalna-placowka-testowa.md'), MINIMAL_INSTITUTION);
      appendFileSync(join(content, 'helplines.yaml'), MINIMAL_HELPLINE);
      for (const { slug, text } of CROWDED) writeFileSync(join(content, CROWDED_DIR, `${slug}.md`), text);
    },
    env: { PUBLIC_MAP_TILES: 'none' },
    timeout: 180_000,
  });
}, 200_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');
/** The HTML without scripts and styles (Astro's hydration code legitimately contains "null"). */
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '');
const text = (html: string) =>
  visible(html)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('entries with only the required fields', () => {
  it('the build succeeds', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  it('the institution page renders its name, place, service and the date of checking, in Polish', () => {
    const body = text(page('/placowka/minimalna-placowka-testowa/'));
    expect(body).toContain('Minimalna Placówka Testowa');
    expect(body).toContain('Porady testowe');
    expect(body).toContain('Dąbrowa Białostocka');
    expect(body).toMatch(/1 listopada 2026/);
    // Missing address and hours are said plainly, with what to do.
    expect(body).toContain('Nie znamy adresu.');
    expect(body).toContain('Nie znamy godzin. Zadzwoń przed wizytą.');
  });

  it('the gmina page lists it, and the helplines page shows the minimal helpline', () => {
    expect(text(page(GMINA_PAGE))).toContain('Minimalna Placówka Testowa');
    expect(text(page('/telefony-zaufania/'))).toContain('Minimalny Telefon Testowy');
  });

  it('no page of the build shows "undefined", "null", "NaN" or "[object Object]"', () => {
    const files = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(100);
    const bad = files.filter((f) => /\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/.test(visible(readFileSync(join(dist, f), 'utf8'))));
    expect(bad).toEqual([]);
  });
});

describe('long lists', () => {
  it('a gmina with more entries than COMPACT_LIST_FROM lists them one per line, each linked, with type and phone when known', () => {
    const html = page(CROWDED_PAGE);
    const local = html.slice(html.indexOf('id="zasieg-0"'), html.indexOf('id="zasieg-1"'));
    expect(local).toContain('entry-list-compact');
    expect(local).not.toContain('<h3');
    for (const { slug } of CROWDED) expect(local).toContain(`href="/placowka/${slug}/"`);
    expect(local).toContain('href="/placowka/gops-wejherowo/"');
    expect(text(local)).toContain('Tłum testowy 1 Ośrodek pomocy społecznej');
    // GOPS Wejherowo has a phone: the line carries it as a tel: link.
    expect(local).toMatch(/href="\/placowka\/gops-wejherowo\/"[\s\S]*?href="tel:\+4858/);
  });

  it('a shorter list keeps a card per entry', () => {
    const html = page(GMINA_PAGE);
    const local = html.slice(html.indexOf('id="zasieg-0"'), html.indexOf('id="zasieg-1"'));
    expect(local).not.toContain('entry-list-compact');
    expect(local).toContain('<h3><a href="/placowka/minimalna-placowka-testowa/">');
  });
});

describe('print', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  // The informator joins this list once it is part of the site (issue 6).
  // [page, whether its main content links outside the site (those links print their address)]
  const printed: [string, boolean][] = [
    ['/placowka/mops-kedzierzyn-kozle/', false],
    ['/telefony-zaufania/', true],
    // Its sources link to the acts on ISAP: those print their address too.
    ['/informator/kim-jest-asystent-rodziny/', true],
  ];

  it.each(printed)('%s: prints without navigation, footer or on-screen controls', async (path, linksOut) => {
    await withPage(browser, path, async ({ page: tab }) => {
      await tab.emulateMedia({ media: 'print' });
      for (const selector of ['.site-nav', '.site-footer', '.quick-exit', '.skip-link']) {
        expect(await tab.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await tab.locator('main h1').isVisible()).toBe(true);
      const after = await tab.evaluate(() => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')].find((a) => a.getClientRects().length > 0);
        return link ? [link.getAttribute('href'), getComputedStyle(link, '::after').content] : null;
      });
      if (linksOut) {
        expect(after).not.toBeNull();
        expect(after![1]).toContain(after![0]);
      } else {
        expect(after).toBeNull();
      }
      await tab.emulateMedia({ media: 'screen' });
      expect(await tab.locator('.quick-exit').isVisible()).toBe(true);
    });
  });
});
