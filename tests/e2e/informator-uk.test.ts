/**
 * The Ukrainian informator in real Chromium: `<html lang="uk">`, the note that the Polish text is binding with its
 * link, hreflang links both ways, no axe violation; and the site search keeps the languages apart: the Polish index
 * returns no Ukrainian page, a Ukrainian word finds the Ukrainian article in its own language's index.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, useBrowser, withPage } from '../helpers/browser.ts';

const browser = useBrowser();
const ARTICLE = 'kim-jest-asystent-rodziny';

/** Searches the national Pagefind index in the page's own language (Pagefind reads `<html lang>`) and returns the URLs. */
async function search(page: Page, term: string): Promise<string[]> {
  // A string, so the test runner cannot rewrite the dynamic import for Node.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/kraj/pagefind.js');
    await pagefind.init();
    const found = await pagefind.search(${JSON.stringify(term)});
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

const alternates = (page: Page) =>
  page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));

describe('the informator in Ukrainian', () => {
  it('/uk/informator/: lang uk, the questions in Ukrainian, every article linked, hreflang to Polish; no axe violation', async () => {
    await withPage(browser(), '/uk/informator/', async ({ page }) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('uk');
      expect(await page.locator('h1').textContent()).toBe('Довідник для сімей українською');
      expect(await page.locator('main h2').allTextContents()).toEqual([
        'Мені потрібна термінова допомога',
        'Хто може мені допомогти?',
        'Як отримати підтримку?',
        'Які я маю права?',
      ]);
      const hrefs = await page.locator('main .article-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(`/uk/informator/${ARTICLE}/`);
      expect(hrefs).toContain('/uk/informator/de-shukaty-dopomohu/');
      expect(hrefs).toHaveLength(6);
      expect(await page.locator('main').textContent()).toContain('чинним є польський текст');
      expect(await alternates(page)).toEqual([
        ['pl', '/informator/'],
        ['uk', '/uk/informator/'],
      ]);
      expect(await axe(page)).toEqual([]);
    });
  });

  it('an article: lang uk, the binding-Polish note links to the original, hreflang both ways; no axe violation', async () => {
    await withPage(browser(), `/uk/informator/${ARTICLE}/`, async ({ page }) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('uk');
      expect(await page.locator('h1').textContent()).toBe('Хто такий асистент родини?');
      const note = page.locator('.binding-original');
      expect(await note.textContent()).toContain('Якщо переклад і польський текст відрізняються, чинним є польський текст.');
      const link = note.getByRole('link', { name: 'Читати польською' });
      expect(await link.getAttribute('href')).toBe(`/informator/${ARTICLE}/`);
      expect(await note.locator('[lang="pl"]').textContent()).toBe('Kim jest asystent rodziny?');
      expect(await alternates(page)).toEqual([
        ['pl', `/informator/${ARTICLE}/`],
        ['uk', `/uk/informator/${ARTICLE}/`],
      ]);
      expect(await page.locator('main').textContent()).toMatch(/Востаннє перевірено: 2 грудня 2026/);
      expect(await axe(page)).toEqual([]);
      await link.click();
      await page.waitForURL(`**/informator/${ARTICLE}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe('pl');
      expect(await alternates(page)).toEqual([
        ['pl', `/informator/${ARTICLE}/`],
        ['uk', `/uk/informator/${ARTICLE}/`],
      ]);
    });
  });

  it('the article for Ukrainian families says what rests on what and has the helplines; no axe violation', async () => {
    await withPage(browser(), '/uk/informator/de-shukaty-dopomohu/', async ({ page }) => {
      expect(await page.locator('.binding-original a').getAttribute('href')).toBe('/informator/');
      expect(await page.locator('.article-helplines a[href="tel:112"]').count()).toBe(1);
      expect(await page.locator('link[rel="alternate"]').count()).toBe(0);
      expect(await axe(page)).toEqual([]);
    });
  });

  it('search: the Polish index returns no Ukrainian page, a Ukrainian word finds the Ukrainian article', async () => {
    await withPage(browser(), '/informator/', async ({ page }) => {
      // The Ukrainian articles carry Polish words too ("asystent rodziny"): they still stay out of the Polish results.
      const polish = await search(page, 'asystent rodziny');
      expect(polish).toContain(`/informator/${ARTICLE}/`);
      expect(polish.filter((u) => u.startsWith('/uk/'))).toEqual([]);
      expect(await search(page, 'асистент')).toEqual([]);
    });
    await withPage(browser(), '/uk/informator/', async ({ page }) => {
      const ukrainian = await search(page, 'асистент');
      expect(ukrainian).toContain(`/uk/informator/${ARTICLE}/`);
      expect(ukrainian.every((u) => u.startsWith('/uk/informator/'))).toBe(true);
      expect(await search(page, 'псих')).toContain('/uk/informator/de-shukaty-dopomohu/');
    });
  });
});
