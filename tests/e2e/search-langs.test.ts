/**
 * The full-text search in Ukrainian and English (issue 18), in real Chromium over the real Pagefind index: /uk/szukaj/
 * searches the Ukrainian articles only, in Cyrillic or in Latin letters; /en/szukaj/ searches the Polish pages and
 * marks them as Polish; /szukaj/ still finds Polish pages only. The switcher and the alternates join the three.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, hydrated, useBrowser, withPage } from '../helpers/browser.ts';
import { frontmatter } from '../helpers/fixtures.ts';

const browser = useBrowser();

const title = (file: string) => (frontmatter(readFileSync(`content/informator/${file}.md`, 'utf8')) as { title: string }).title;
const status = (page: Page) => page.locator('.site-search [role=status]').textContent();
const links = (page: Page) => page.locator('.search-results h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

/** Waits until the results of this query are listed (the URL carries it, a result or "nothing" is said). */
async function resultsOf(page: Page, q: string, found: RegExp): Promise<void> {
  await page.waitForFunction((query) => new URLSearchParams(location.search).get('q') === query, q);
  await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('.site-search [role=status]')?.textContent ?? ''), found.source);
}

describe('the search in Ukrainian', () => {
  it('"асистент" finds the Ukrainian article about the family assistant and no Polish page; the page is Ukrainian and passes axe', async () => {
    await withPage(browser(), '/uk/szukaj/', async ({ page }) => {
      await hydrated(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('uk');
      expect(await page.locator('h1').textContent()).toBe('Пошук');
      expect(await status(page)).toBe('Введіть слово, наприклад «асистент», «допомога» або «вагітність».');
      // The Ukrainian pages hold no institution: no filters by type or województwo.
      expect(await page.locator('.site-search select').count()).toBe(0);
      await page.getByLabel('Шукати в інформаторі').fill('асистент');
      await resultsOf(page, 'асистент', /Знайдено: \d+ результат/);
      await page.locator('.search-results h3').first().waitFor();
      const titles = (await page.locator('.search-results h3').allTextContents()).map((t) => t.trim());
      expect(titles).toContain(title('uk/kim-jest-asystent-rodziny'));
      expect(titles).not.toContain(title('kim-jest-asystent-rodziny'));
      const hrefs = await links(page);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^\/uk\/informator\//);
      expect(await page.locator('.search-results [lang], .search-results [hreflang]').count()).toBe(0);
      expect(await axe(page)).toEqual([]);
    });
  });

  it('finds the same article typed in Latin letters ("asystent rodyny")', async () => {
    await withPage(browser(), '/uk/szukaj/?q=asystent+rodyny', async ({ page }) => {
      await hydrated(page);
      await resultsOf(page, 'asystent rodyny', /Знайдено/);
      await page.locator('.search-results h3').first().waitFor();
      const titles = (await page.locator('.search-results h3').allTextContents()).map((t) => t.trim());
      expect(titles).toContain(title('uk/kim-jest-asystent-rodziny'));
      for (const href of await links(page)) expect(href).toMatch(/^\/uk\//);
    });
  });

  it('a Ukrainian query is searched as typed, without the Polish query context or a region’s index ("як отримати")', async () => {
    await withPage(browser(), '/uk/szukaj/?q=%D1%8F%D0%BA+%D0%BE%D1%82%D1%80%D0%B8%D0%BC%D0%B0%D1%82%D0%B8', async ({ page, requests }) => {
      await hydrated(page);
      await resultsOf(page, 'як отримати', /Знайдено/);
      await page.locator('.search-results h3').first().waitFor();
      expect((await page.locator('.search-results h3').allTextContents()).map((t) => t.trim())).toContain(title('uk/jak-uzyskac-asystenta-rodziny'));
      // Neither the Polish query context nor a region's index is loaded: the national index only.
      const paths = requests.map((r) => new URL(r).pathname);
      expect(paths.some((p) => p.startsWith('/indeks/'))).toBe(false);
      expect(new Set(paths.filter((p) => p.startsWith('/pagefind/')).map((p) => p.split('/')[2]))).toEqual(new Set(['kraj']));
    });
  });

  it('says nothing was found in Ukrainian and links the Polish directory and helplines as Polish', async () => {
    await withPage(browser(), '/uk/szukaj/?q=%D1%85%D1%85%D1%85%D1%85%D1%85', async ({ page }) => {
      await hydrated(page);
      await resultsOf(page, 'ххххх', /Нічого не знайдено/);
      const polish = page.locator('.site-search a[hreflang="pl"]');
      expect(await polish.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual([
        ['/placowki/', 'заклади за місцем (польською)'],
        ['/telefony-zaufania/', 'телефони довіри (польською)'],
      ]);
      expect(await axe(page)).toEqual([]);
    });
  });

  it('can be used with the keyboard alone', async () => {
    await withPage(browser(), '/uk/szukaj/', async ({ page }) => {
      await hydrated(page);
      for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.matches('input[type=search]'))); i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.matches('input[type=search]'))).toBe(true);
      await page.keyboard.type('асистент');
      await resultsOf(page, 'асистент', /Знайдено/);
      await page.locator('.search-results h3 a').first().waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.search-results') !== null)).toBe(true);
    });
  });
});

describe('the search in English', () => {
  it('searches the Polish pages and marks each result as Polish; passes axe', async () => {
    await withPage(browser(), '/en/szukaj/?q=asystent+rodziny', async ({ page }) => {
      await hydrated(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await resultsOf(page, 'asystent rodziny', /Found: \d+ results?\./);
      await page.locator('.search-results h3').first().waitFor();
      expect(await page.getByLabel('Voivodeship').count()).toBe(1);
      const first = page.locator('.search-results h3 a').first();
      expect(await first.getAttribute('hreflang')).toBe('pl');
      expect(await first.textContent()).toMatch(/ \(in Polish\)$/);
      expect(await first.locator('span[lang="pl"]').count()).toBe(1);
      for (const href of await links(page)) expect(href).not.toMatch(/^\/(uk|en)\//);
      expect(await page.locator('.search-results h3').allTextContents()).toContain(`${title('kim-jest-asystent-rodziny')} (in Polish)`);
      expect(await axe(page)).toEqual([]);
    });
  });
});

describe('the Polish search', () => {
  it('"asystent" still finds Polish pages only', async () => {
    await withPage(browser(), '/szukaj/?q=asystent', async ({ page }) => {
      await hydrated(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('pl');
      await resultsOf(page, 'asystent', /Znaleziono/);
      await page.locator('.search-results h3').first().waitFor();
      const titles = (await page.locator('.search-results h3').allTextContents()).map((t) => t.trim());
      expect(titles).toContain(title('kim-jest-asystent-rodziny'));
      expect(titles).not.toContain(title('uk/kim-jest-asystent-rodziny'));
      for (const href of await links(page)) expect(href).not.toMatch(/^\/(uk|en)\//);
      expect(await page.locator('.search-results [hreflang]').count()).toBe(0);
    });
  });
});

describe('the three search pages are one page in three languages', () => {
  it.each([
    ['/szukaj/', 'Українська', '/uk/szukaj/'],
    ['/uk/szukaj/', 'Polski', '/szukaj/'],
    ['/en/szukaj/', 'Polski', '/szukaj/'],
    ['/uk/szukaj/', 'English', '/en/szukaj/'],
  ])('%s: the switcher’s %s leads to %s, and the alternates name all three', async (path, name, target) => {
    await withPage(browser(), path, async ({ page }) => {
      expect(await page.locator('.lang-switch a', { hasText: new RegExp(`^${name}$`) }).getAttribute('href')).toBe(target);
      const alternates = await page
        .locator('link[rel=alternate][hreflang]')
        .evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
      expect(alternates).toEqual([
        ['pl', '/szukaj/'],
        ['uk', '/uk/szukaj/'],
        ['en', '/en/szukaj/'],
      ]);
    });
  });
});
