/**
 * The language of service (issue 18: families from Ukraine) over a changed copy of the site with one synthetic
 * entry that serves in Polish and Ukrainian (no real entry in content/ says so): its page says it, the lists say
 * it, the instant filter's "Obsługa po ukraińsku" keeps it alone (keyboard, URL, empty state, the map's list), axe.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { axe, hydrated, useBrowser, withPage } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';

const GMINA_DIR = 'institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka';
const GMINA_PAGE = '/placowki/podlaskie/powiat-sokolski/dabrowa-bialostocka/';
const NAME = 'Punkt Testowy dla Rodzin z Ukrainy';
const SLUG = 'punkt-testowy-dla-rodzin-z-ukrainy';
// A synthetic entry for this test only (never in content/).
const ENTRY = `---
id: 3f6b8f0e-1c2d-4e5f-9a7b-8c9d0e1f2a3b
name: "${NAME}"
type: ops
gmina: "2011013"
services:
  - id: porady
    name: "Porady dla rodzin"
    needs: [wsparcie-rodziny]
languages: [pl, uk]
verified: { date: 2026-11-01, source: "Dane syntetyczne do testów" }
---

Wpis syntetyczny do testu języka obsługi.
`;

const browser = useBrowser();
const scratch = mkdtempSync(join(tmpdir(), 'katalog-languages-'));
const dist = join(scratch, 'dist');
let build: { status: number | null; output: string };
let server: Server | undefined;
let origin = '';

beforeAll(async () => {
  build = buildSite(scratch, {
    edit: (content) => {
      mkdirSync(join(content, GMINA_DIR), { recursive: true });
      writeFileSync(join(content, GMINA_DIR, `${SLUG}.md`), ENTRY);
    },
    env: { PUBLIC_MAP_TILES: 'none' },
    timeout: 240_000,
  });
  // The service worker, as `npm run build` writes it (the pages register it).
  if (build.status === 0) spawnSync(process.execPath, ['scripts/sw.ts'], { env: { ...process.env, DIST_DIR: dist }, encoding: 'utf8', timeout: 60_000 });
  ({ server, url: origin } = await serveStatic(dist));
}, 300_000);

afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  rmSync(scratch, { recursive: true, force: true });
});

const resultNames = (page: Page, scope = '.directory-filter') => page.locator(`${scope} .entry-list h3`).allTextContents();

describe('an entry that serves in Ukrainian', () => {
  it('builds; its record carries "uk" and no Polish-only record carries a language', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    const records = JSON.parse(readFileSync(join(dist, 'indeks/20.json'), 'utf8')) as SearchRecord[];
    const withLanguages = records.filter((r) => 'j' in r);
    expect(withLanguages.map((r) => [r.n, r.j])).toEqual([[NAME, ['uk']]]);
  });

  it('its page says so in Polish, with a hint in Ukrainian', async () => {
    await withPage(browser(), `/placowka/${SLUG}/`, { origin }, async ({ page }) => {
      const line = page.locator('.entry-languages');
      expect(await line.textContent()).toBe('Obsługa w językach: polskim i ukraińskim (обслуговування українською)');
      expect(await line.locator('span[lang="uk"]').textContent()).toBe('(обслуговування українською)');
      expect(await axe(page)).toEqual([]);
    });
  });

  it('the gmina list says "Obsługa po ukraińsku" on its card only', async () => {
    await withPage(browser(), GMINA_PAGE, { origin }, async ({ page }) => {
      const notes = page.locator('main .entry-languages');
      expect(await notes.allTextContents()).toEqual(['Obsługa po ukraińsku']);
      expect(await notes.evaluate((p) => p.closest('li')?.querySelector('a')?.textContent)).toBe(NAME);
    });
  });

  it('the filter "Obsługa po ukraińsku", ticked with the keyboard, keeps it alone and goes into the URL', async () => {
    await withPage(browser(), '/placowki/', { origin }, async ({ page }) => {
      await page.getByLabel('Czego szukasz?').focus();
      await hydrated(page);
      await page.getByLabel('Z informacją o dostępności').focus();
      await page.keyboard.press('Tab');
      const box = page.getByRole('checkbox', { name: 'Obsługa po ukraińsku (обслуговування українською)' });
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.locator('label[for="filtr-language-uk"] span[lang="uk"]').count()).toBe(1);
      await page.keyboard.press('Space');
      await page.waitForFunction(() => location.search.includes('jezyk=uk'));
      await page.waitForFunction(() => /Znaleziono: 1 wynik\./.test(document.querySelector('.directory-filter [role=status]')?.textContent ?? ''));
      expect(await resultNames(page)).toEqual([NAME]);
      expect(await page.locator('.directory-filter .entry-list .entry-languages').textContent()).toBe('Obsługa po ukraińsku');
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('Space'); // unticked: the filter is gone from the URL
      await page.waitForFunction(() => !location.search.includes('jezyk'));
    });
  });

  it('the longer labels reflow on a 320 px phone: nothing scrolls sideways (WCAG 1.4.10)', async () => {
    await withPage(browser(), '/placowki/?jezyk=uk&woj=20', { origin, viewport: { width: 320, height: 700 } }, async ({ page }) => {
      await page.getByLabel('Czego szukasz?').focus();
      await hydrated(page);
      await page.waitForFunction(() => /Znaleziono/.test(document.querySelector('.directory-filter [role=status]')?.textContent ?? ''));
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
    });
  });

  it('a shared link ?jezyk=uk in another gmina finds nothing and offers to drop the filter', async () => {
    await withPage(browser(), '/placowki/?jezyk=uk&gmina=2215102', { origin }, async ({ page }) => {
      await page.getByLabel('Czego szukasz?').focus();
      await hydrated(page);
      expect(await page.getByRole('checkbox', { name: /Obsługa po ukraińsku/ }).isChecked()).toBe(true);
      const drop = page.getByRole('button', { name: 'Usuń filtr: obsługa po ukraińsku' });
      await drop.waitFor();
      expect(await axe(page)).toEqual([]);
      await drop.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !location.search.includes('jezyk') && location.search.includes('gmina=2215102'));
      expect((await resultNames(page)).length).toBeGreaterThan(0);
    });
  });

  it('the map keeps the same filter: its list holds the entry alone', async () => {
    await withPage(browser(), '/mapa/?jezyk=uk', { origin }, async ({ page }) => {
      await page.waitForFunction(() => /Znaleziono: 1 wynik/.test(document.querySelector('.map-view [role=status]')?.textContent ?? ''));
      expect(await resultNames(page, '.map-view')).toEqual([NAME]);
      expect(await page.getByRole('checkbox', { name: /Obsługa po ukraińsku/ }).isChecked()).toBe(true);
    });
  });
});
