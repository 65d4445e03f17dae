/**
 * "Find my gmina by the village" on every surface that chooses a gmina, in real Chromium, by keyboard:
 * the home page's first path, the directory's instant filter, the contribution form. Only the small
 * file of the name's first two letters is fetched; axe finds nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, hydrated, useBrowser, withPage } from '../helpers/browser.ts';
import { tabTo } from '../helpers/keyboard.ts';

const browser = useBrowser();
const JAZIEWO = 'Miejscowość Jaziewo leży w gminie Sztabin (gmina wiejska, powiat augustowski, województwo podlaskie).';
const SZTABIN_PAGE = '/placowki/podlaskie/powiat-augustowski/sztabin/';
const placeFiles = (requests: string[]) => requests.filter((u) => u.includes('/miejscowosci/')).map((u) => new URL(u).pathname);

describe('home page: "Wpisz swoją miejscowość lub gminę"', () => {
  const field = (page: Page) => page.getByLabel('Wpisz swoją miejscowość lub gminę');

  it("a village name and Enter lead to its gmina's page", async () => {
    await withPage(browser(), '/', async ({ page, requests }) => {
      await tabTo(page, field(page));
      await page.keyboard.type('Jaziewo');
      await page.getByRole('link', { name: /^Jaziewo: gmina Sztabin/ }).waitFor();
      expect(await page.getByRole('status').filter({ hasText: 'Pasujące' }).textContent()).toBe('Pasujące miejscowości: 1. Przejdź do listy klawiszem Tab.');
      expect(await axe(page)).toEqual([]);
      await Promise.all([page.waitForURL((u) => u.pathname === SZTABIN_PAGE), page.keyboard.press('Enter')]);
      expect(await page.locator('h1').textContent()).toContain('Sztabin');
      expect([...new Set(placeFiles(requests))]).toEqual(['/miejscowosci/nazwy/ja.json']);
    });
  }, 180_000); // a shared machine under load: typing, a lookup and axe

  it('a name in many gminas lists them all as links; Tab reaches them', async () => {
    await withPage(browser(), '/', async ({ page }) => {
      await tabTo(page, field(page));
      await page.keyboard.type('Nowa Wieś');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.find-gmina-list a').count(), { timeout: 30_000 }).toBeGreaterThan(100);
      expect(await page.locator('#find-gmina-status').textContent()).toMatch(
        /^Miejscowość o nazwie „Nowa Wieś” jest w \d{3} gminach\. Wybierz swoją z listy poniżej\.$/,
      );
      // Enter moved the focus to the first gmina; Tab goes on down the list.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Nowa Wieś: gmina /);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.find-gmina-list') !== null)).toBe(true);
      expect(await axe(page)).toEqual([]);
    });
  }, 180_000); // a shared machine under load: typing, a lookup and axe

  it('without JavaScript the form is a plain GET to the directory', async () => {
    await withPage(browser(), '/', { javaScriptEnabled: false }, async ({ page }) => {
      await field(page).fill('Jaziewo');
      await Promise.all([page.waitForURL((u) => u.pathname === '/placowki/'), field(page).press('Enter')]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('Jaziewo');
      expect(await page.locator('h1').textContent()).toBe('Placówki, które wspierają rodziny');
    });
  }, 180_000); // a shared machine under load: typing, a lookup and axe
});

describe('directory filter: a village name finds its gmina', () => {
  const query = (page: Page) => page.getByLabel('Czego szukasz?');

  it('"Jaziewo" says it lies in gmina Sztabin; one key press shows what serves Sztabin', async () => {
    await withPage(browser(), '/placowki/', async ({ page, requests }) => {
      await tabTo(page, query(page));
      await hydrated(page);
      await page.keyboard.type('Jaziewo');
      await page.getByText(JAZIEWO).waitFor();
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pokaż wsparcie dla gminy Sztabin');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.search.includes('gmina=2001072'));
      await page.waitForFunction(() => /^Znaleziono: \d+/.test(document.querySelector('.directory-filter [role=status]')?.textContent ?? ''));
      // The place stays said, focused, with the gmina's page (statutory institutions) one link away.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(JAZIEWO);
      expect(await page.getByRole('link', { name: 'stronie gminy Sztabin' }).getAttribute('href')).toBe(SZTABIN_PAGE);
      expect(await query(page).inputValue()).toBe('');
      expect(await page.locator('#filtr-gmina').inputValue()).toBe('2001072');
      expect(await page.locator('.directory-filter .entry-list h3').count()).toBeGreaterThan(0); // national services serve Sztabin too
      expect(await axe(page)).toEqual([]);
      expect([...new Set(placeFiles(requests))]).toEqual(['/miejscowosci/nazwy/ja.json']);
    });
  }, 180_000); // a shared machine under load: typing, a lookup and axe

  it('"Jastarnia" resolves to its gmina in powiat pucki', async () => {
    await withPage(browser(), '/placowki/', async ({ page }) => {
      await tabTo(page, query(page));
      await hydrated(page);
      await page.keyboard.type('Jastarnia');
      await page.getByText('Miejscowość Jastarnia leży w gminie Jastarnia (gmina miejsko-wiejska, powiat pucki, województwo pomorskie).').waitFor();
      await page.getByRole('button', { name: 'Pokaż wsparcie dla gminy Jastarnia' }).waitFor();
    });
  }, 180_000); // a shared machine under load: typing, a lookup and axe

  it('"Nowa Wieś" lists its gminas to choose from, by keyboard', async () => {
    await withPage(browser(), '/placowki/', async ({ page }) => {
      await tabTo(page, query(page));
      await hydrated(page);
      await page.keyboard.type('Nowa Wieś');
      await page.getByText(/^Miejscowość o nazwie „Nowa Wieś” jest w \d{3} gminach/).waitFor();
      // The long list waits behind one button (the facets stay a few Tab presses away).
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Pokaż gminy \(\d{3}\)$/);
      await page.keyboard.press('Enter');
      const choices = page.getByRole('list', { name: /Nowa Wieś/ }).getByRole('button');
      await choices.first().waitFor();
      expect(await choices.count()).toBeGreaterThan(100);
      const sztabin = choices.filter({ hasText: /gmina Sztabin/ });
      const target = (await sztabin.count()) ? sztabin.first() : choices.first();
      const label = (await target.textContent())!;
      await tabTo(page, target);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => /gmina=\d{7}/.test(location.search));
      const gmina = /^Nowa Wieś: gmina (.+?) \(/.exec(label)![1]!;
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(new RegExp(`^Miejscowość Nowa Wieś leży w gminie ${gmina} \\(`));
      expect(await axe(page)).toEqual([]);
    });
  }, 180_000); // a shared machine under load: typing, a lookup and axe
});

describe('contribution form: the gmina found by the village', () => {
  it('typing "Jaziewo" and choosing it sets województwo, powiat and gmina', async () => {
    await withPage(browser(), '/zglos/', async ({ page, requests }) => {
      await hydrated(page);
      const field = page.getByLabel('Znajdź gminę po nazwie miejscowości (nieobowiązkowe)');
      await tabTo(page, field);
      await page.keyboard.type('Jaziewo');
      const choice = page.getByRole('button', { name: /^Jaziewo: gmina Sztabin \(gmina wiejska\), powiat augustowski, województwo podlaskie$/ });
      await choice.waitFor();
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('Tab');
      expect(await choice.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (document.getElementById('pole-gmina') as HTMLSelectElement | null)?.value === '2001072');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('pole-gmina');
      expect(await page.locator('#pole-wojewodztwo').inputValue()).toBe('20');
      expect(await page.locator('#pole-powiat').inputValue()).toBe('2001');
      expect(await page.locator('#pole-miejscowosc-stan').textContent()).toBe(
        'Wybrano gminę Sztabin (powiat augustowski, województwo podlaskie), w której leży miejscowość Jaziewo.',
      );
      expect(await axe(page)).toEqual([]);
      expect([...new Set(placeFiles(requests))]).toEqual(['/miejscowosci/nazwy/ja.json']);
    });
  }, 180_000); // a shared machine under load: typing, a lookup and axe
});
