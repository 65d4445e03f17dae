/**
 * Hostile URL parameters on every page with an island: 10,000-character values, unknown codes, "../" paths,
 * HTML and script text, repeated parameters. The page keeps working (the island hydrates and a normal action
 * works), nothing from the parameter becomes HTML, no request leaves the site, and no error is logged.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, useBrowser, withPage } from '../helpers/browser.ts';

const browser = useBrowser();

const HTML = '"><img src=x data-injected onerror="document.body.dataset.pwned=1"><script>document.body.dataset.pwned=2</script>';
/** 10,000 characters; ASCII, since a server (this test's one and real hosts alike) refuses a request line much over 16 kB. */
const LONG = `${'a'.repeat(9_990)}<b>x</b>`;
const VALUES = [HTML, '../../../etc/passwd', '99', '__proto__', 'constructor', '%00', 'javascript:alert(1)'];

/** A query string with each parameter given every hostile value (so each is also repeated), and the first a 10,000-character one. */
function hostileQuery(params: readonly string[]): string {
  const q = new URLSearchParams();
  q.append(params[0]!, LONG);
  for (const p of params) for (const v of VALUES) q.append(p, v);
  return `?${q}`;
}

/** Nothing from the parameters became markup or ran. */
async function nothingInjected(page: Page) {
  expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  expect(await page.locator('[data-injected]').count()).toBe(0);
  expect(await page.evaluate(() => [...document.scripts].filter((s) => s.textContent?.includes('pwned')).length)).toBe(0);
}

const CASES: { path: string; params: string[]; act: (page: Page) => Promise<void> }[] = [
  {
    path: '/placowki/',
    params: ['q', 'woj', 'powiat', 'gmina', 'rodzaj', 'potrzeba', 'dla', 'bezplatne', 'otwarte', 'dostepnosc'],
    act: async (page) => {
      await page.getByLabel('Czego szukasz?').fill('poradnia');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('poradnia');
    },
  },
  {
    path: '/mapa/',
    params: ['q', 'woj', 'powiat', 'gmina', 'rodzaj', 'potrzeba', 'dla'],
    act: async (page) => {
      await page.getByLabel('Czego szukasz?').fill('poradnia');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('poradnia');
    },
  },
  {
    path: '/szukaj/',
    params: ['q', 'rodzaj', 'woj'],
    act: async (page) => {
      await page.getByLabel('Szukaj w katalogu i informatorze').fill('asystent');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('asystent');
    },
  },
  {
    path: '/katalog/',
    params: ['gmina', 'plik', 'krok', 'q'],
    act: async (page) => {
      const field = page.getByLabel('Jak nazwać tę rodzinę w katalogu? (nieobowiązkowe)');
      await field.fill('Rodzina Żółć');
      expect(await field.inputValue()).toBe('Rodzina Żółć');
    },
  },
  {
    path: '/zglos/',
    params: ['popraw', 'woj'],
    act: async (page) => {
      await page.getByText('Nie znaleziono wpisu').waitFor();
      const name = page.getByLabel(/^Pełna nazwa/).first();
      await name.fill('Testowa Poradnia');
      expect(await name.inputValue()).toBe('Testowa Poradnia');
    },
  },
];

describe('hostile URL parameters', () => {
  it.each(CASES.map((c) => [c.path, c] as const))(
    '%s keeps working and renders nothing from them as HTML',
    async (_path, c) => {
      await withPage(browser(), c.path + hostileQuery(c.params), async ({ page }) => {
        await hydrated(page);
        await nothingInjected(page);
        await c.act(page);
        await nothingInjected(page);
      });
    },
    120_000,
  );

  it.each([['__proto__'], ['constructor'], ['toString'], ['../../content/institutions']])(
    '/zglos/?popraw=%s finds no entry and the form works',
    async (value) => {
      await withPage(browser(), `/zglos/?popraw=${encodeURIComponent(value)}&woj=20`, async ({ page }) => {
        await hydrated(page);
        await page.getByText(`Nie znaleziono wpisu „${value}”`).waitFor();
      });
    },
    120_000,
  );
});
