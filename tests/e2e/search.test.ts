/** Site-wide full-text search (/szukaj/, Pagefind) in real Chromium: Polish text, filters, what entries offer, no-JS fallback, axe. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, hydrated, useBrowser, withPage } from '../helpers/browser.ts';

const browser = useBrowser();

const titles = (page: Page) => page.locator('.search-results h3').allTextContents();
const waitForResults = (page: Page) =>
  page.waitForFunction(() => /Znaleziono|Nic nie/.test(document.querySelector('.site-search [role=status]')?.textContent ?? ''));

describe('site search', () => {
  it('without a województwo searches national help only, then finds local institutions for "psycholog" and shows what they offer', async () => {
    await withPage(browser(), '/szukaj/', async ({ page, requests }) => {
      await hydrated(page);
      await page.getByLabel('Szukaj w katalogu i informatorze').fill('psycholog');
      await waitForResults(page);
      expect(await titles(page)).not.toContain('Poradnia Psychologiczno-Pedagogiczna w Dąbrowie Białostockiej');
      expect(await page.locator('.search-scope').textContent()).toContain('Wybierz województwo, aby znaleźć też placówki lokalne');
      // The scope is the description of the województwo field, so a screen reader hears it there.
      expect(await page.getByLabel('Województwo').getAttribute('aria-describedby')).toBe(await page.locator('.search-scope').getAttribute('id'));

      await page.getByLabel('Województwo').selectOption('podlaskie');
      await page.waitForFunction(() => [...document.querySelectorAll('.search-results h3')].some((h) => h.textContent?.includes('Dąbrowie')));
      const card = page.locator('.search-results > li', { hasText: 'Poradnia Psychologiczno-Pedagogiczna' });
      expect(await card.locator('.entry-offers').textContent()).toMatch(/^Oferuje: .+/);
      expect(await card.locator('.entry-meta').textContent()).toContain('województwo podlaskie');
      expect(await card.locator('mark').count()).toBeGreaterThan(0);
      expect(await page.locator('.search-scope').textContent()).toContain('z województwa podlaskie');
      // One URL vocabulary with /placowki/: the województwo's TERYT code (src/lib/search/url.ts).
      expect(page.url()).toContain('?q=psycholog&woj=20');
      // Only the index of podlaskie was fetched, besides the national one.
      const indexes = new Set(
        requests
          .map((r) => new URL(r).pathname)
          .filter((p) => p.startsWith('/pagefind/'))
          .map((p) => p.split('/')[2]),
      );
      expect([...indexes].sort()).toEqual(['20', 'kraj']);
      expect(await axe(page)).toEqual([]);
    });
  });

  it('finds a national helpline without a województwo, as a result of its own', async () => {
    await withPage(browser(), '/szukaj/?q=telefon+zaufania', async ({ page }) => {
      await hydrated(page);
      await waitForResults(page);
      await page.locator('.search-results h3').first().waitFor();
      // The helplines page is shown as the helplines that hold the words, each linked to its own heading.
      const links = await page.locator('.search-results h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links.some((href) => href?.startsWith('/telefony-zaufania/#'))).toBe(true);
      expect((await titles(page)).some((t) => /Telefon Zaufania|Kryzysowy Telefon Zaufania/.test(t))).toBe(true);
    });
  });

  it('a sentence about a teenager shows the helpline that holds all its words, not only the one that holds the last word', async () => {
    await withPage(browser(), '/szukaj/?q=nastolatek+ma+depresj%C4%99', async ({ page }) => {
      await hydrated(page);
      await waitForResults(page);
      await page.locator('.search-results h3').first().waitFor();
      const links = await page.locator('.search-results h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      // "nastolatek" is an audience keyword, "depresję" a need keyword: the youth line holds both.
      expect(links.slice(0, 2)).toContain('/telefony-zaufania/#telefon-zaufania-dla-dzieci-i-mlodziezy');
      expect(links).not.toContain('/telefony-zaufania/#kryzysowy-telefon-zaufania');
    });
  });

  it('matches words without Polish letters and narrows by type and województwo from the URL', async () => {
    await withPage(browser(), '/szukaj/?q=osrodek+pomocy&woj=pomorskie', async ({ page }) => {
      await hydrated(page);
      await waitForResults(page);
      await page.locator('.search-results h3').first().waitFor();
      const found = await titles(page);
      expect(found).toContain('Gminny Ośrodek Pomocy Społecznej w Wejherowie – Zespół ds. usług (asystenci rodzin)');
      expect(found.some((t) => t.includes('Dąbrowie'))).toBe(false);
      // An old link with the województwo's name opens the same search; the field holds its code.
      expect(await page.inputValue('select[name=woj]')).toBe('22');
      expect(await page.locator('select[name=woj] option:checked').textContent()).toBe('pomorskie');
      await page.selectOption('select[name=woj]', 'podlaskie');
      await page.selectOption('select[name=rodzaj]', 'Poradnia psychologiczno-pedagogiczna');
      await page.getByLabel('Szukaj w katalogu i informatorze').fill('psycholog');
      await page.waitForFunction(() => location.search.includes('rodzaj=') && location.search.includes('q=psycholog'));
      // The previous search (one result in pomorskie) is on screen until the new one (debounced) replaces it.
      await page.waitForFunction(() => document.querySelector('.search-results h3')?.textContent?.startsWith('Poradnia'));
      expect(await titles(page)).toEqual(['Poradnia Psychologiczno-Pedagogiczna w Dąbrowie Białostockiej']);
      expect(await page.locator('.site-search [role=status]').textContent()).toBe('Znaleziono: 1 wynik.');
    });
  });

  it('a sentence finds by its meaningful words and keywords; a place in it picks its województwo', async () => {
    await withPage(browser(), '/szukaj/', async ({ page }) => {
      await hydrated(page);
      await page.getByLabel('Szukaj w katalogu i informatorze').fill('mops kedzierzyn');
      await page.waitForFunction(() => document.querySelector('.search-results')?.getAttribute('data-query') === 'mops kedzierzyn');
      expect(await page.locator('.search-scope').textContent()).toContain('Szukamy w gminie Kędzierzyn-Koźle (województwo opolskie)');
      expect((await titles(page))[0]).toBe('Miejski Ośrodek Pomocy Społecznej w Kędzierzynie-Koźlu');
      await page.getByLabel('Województwo').selectOption('podlaskie');
      await page.getByLabel('Szukaj w katalogu i informatorze').fill('mąż pije, co robić');
      await page.waitForFunction(() => document.querySelector('.search-results')?.getAttribute('data-query') === 'mąż pije, co robić');
      expect((await titles(page)).slice(0, 5)).toContain('Gminna Komisja Rozwiązywania Problemów Alkoholowych w Dąbrowie Białostockiej');
      expect(await axe(page)).toEqual([]);
    });
  });

  it('without JavaScript it points to the directory and the helplines', async () => {
    await withPage(browser(), '/szukaj/', { javaScriptEnabled: false }, async ({ page }) => {
      const text = await page.locator('main').textContent();
      expect(text).toContain('Wyszukiwarka działa w przeglądarce z włączonym JavaScriptem');
      expect(await page.locator('main a[href="/placowki/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('main a[href="/telefony-zaufania/"]').count()).toBe(1);
    });
  });
});
