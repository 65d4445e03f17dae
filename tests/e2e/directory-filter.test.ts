/** The instant filter on /placowki/ in real Chromium: text, region, "open now" at fixed times, URL state, keyboard, axe. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, hydrated, useBrowser, withPage } from '../helpers/browser.ts';

const browser = useBrowser();

const resultNames = (page: Page) => page.locator('.directory-filter .entry-list h3').allTextContents();
const count = (page: Page) => page.locator('.directory-filter [role=status]').textContent();

async function typeQuery(page: Page, text: string) {
  await page.getByLabel('Czego szukasz?').click();
  await hydrated(page);
  await page.getByLabel('Czego szukasz?').fill(text);
  await page.waitForFunction(() => /Znaleziono/.test(document.querySelector('.directory-filter [role=status]')?.textContent ?? ''));
}

describe('directory instant filter', () => {
  it('ships no framework before the visitor touches the filter, and no React after', async () => {
    await withPage(browser(), '/placowki/', async ({ page, requests }) => {
      expect(requests.filter((u) => /client\.|DirectoryFilter/.test(u))).toEqual([]);
      await page.getByLabel('Czego szukasz?').focus();
      await hydrated(page);
      expect(requests.some((u) => /DirectoryFilter/.test(u))).toBe(true);
      expect(requests.filter((u) => /\/_astro\/react(-dom)?\./.test(u))).toEqual([]); // the filter is Preact
      expect(requests.filter((u) => /leaflet|MapView/i.test(u))).toEqual([]); // the map loads only on /mapa/
    });
  });

  it('"osrodek pomocy spolecznej" (no diacritics) finds the MOPS and GOPS entries', async () => {
    await withPage(browser(), '/placowki/', async ({ page }) => {
      await typeQuery(page, 'osrodek pomocy spolecznej');
      const names = await resultNames(page);
      expect(names).toEqual(
        expect.arrayContaining([
          'Miejski Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej',
          'Miejski Ośrodek Pomocy Społecznej w Kędzierzynie-Koźlu',
          'Gminny Ośrodek Pomocy Społecznej w Wejherowie – Zespół ds. usług (asystenci rodzin)',
        ]),
      );
      expect(names.slice(0, 3).every((n) => /Ośrodek Pomocy Społecznej/.test(n))).toBe(true);
      expect(await count(page)).toMatch(/^Znaleziono: \d+ (wynik|wyniki|wyników)\.$/);
      expect(page.url()).toContain('?q=osrodek+pomocy+spolecznej');
    });
  });

  it('"psycholog" finds the psychological-pedagogical clinic and the crisis point; a typo still finds them', async () => {
    await withPage(browser(), '/placowki/', async ({ page }) => {
      await typeQuery(page, 'psycholog');
      const names = await resultNames(page);
      expect(names).toContain('Poradnia Psychologiczno-Pedagogiczna w Dąbrowie Białostockiej');
      expect(names).toContain('Punkt Pomocy Rodzinie – Punkt Interwencji Kryzysowej przy MOPS w Dąbrowie Białostockiej');
      await page.getByLabel('Czego szukasz?').fill('poradnia psychologiczno pedagogiczan');
      await page.waitForFunction(() => document.querySelector('.directory-filter .entry-list h3')?.textContent?.startsWith('Poradnia Psychologiczno'));
    });
  });

  it('choosing the gmina Dąbrowa Białostocka with the keyboard shows its institutions and the national helplines', async () => {
    await withPage(browser(), '/placowki/', async ({ page }) => {
      await page.getByLabel('Czego szukasz?').focus();
      await hydrated(page);
      await page.keyboard.press('Tab'); // to the województwo select
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('filtr-wojewodztwo');
      await page.selectOption('#filtr-wojewodztwo', { label: 'podlaskie' });
      await page.locator('#filtr-powiat option', { hasText: 'powiat sokólski' }).waitFor({ state: 'attached' });
      await page.selectOption('#filtr-powiat', { label: 'powiat sokólski' });
      await page.locator('#filtr-gmina option', { hasText: 'Dąbrowa Białostocka' }).waitFor({ state: 'attached' });
      await page.focus('#filtr-gmina');
      await page.selectOption('#filtr-gmina', '2011013');
      await page.waitForFunction(() => location.search.includes('gmina=2011013'));
      const names = await resultNames(page);
      expect(names[0]).toMatch(/Dąbrowie Białostockiej|Dąbrowa Białostocka|„/);
      expect(names).toContain('Miejski Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej');
      expect(names).toContain('Powiatowy Urząd Pracy w Sokółce');
      expect(names).toContain('Telefon Zaufania dla Dzieci i Młodzieży');
      expect(names).not.toContain('Miejski Ośrodek Pomocy Społecznej w Kędzierzynie-Koźlu');
      // local entries come before the national ones
      expect(names.indexOf('Miejski Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej')).toBeLessThan(
        names.indexOf('Telefon Zaufania dla Dzieci i Młodzieży'),
      );
      expect(await axe(page)).toEqual([]);
      // Back returns to the powiat (the history holds each facet change)
      await page.goBack();
      await page.waitForFunction(() => !location.search.includes('gmina='));
      expect(await page.inputValue('#filtr-gmina')).toBe('');
      expect(await page.inputValue('#filtr-powiat')).toBe('2011');
    });
  });

  it('the keyboard alone can narrow the results: Tab to "Bezpłatnie", Space', async () => {
    await withPage(browser(), '/placowki/', async ({ page }) => {
      await typeQuery(page, 'dabrowa');
      const before = await count(page);
      for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.id)) !== 'filtr-free'; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('filtr-free');
      await page.keyboard.press('Space');
      await page.waitForFunction((b) => document.querySelector('.directory-filter [role=status]')?.textContent !== b, before);
      expect(page.url()).toContain('bezplatne=1');
      const names = await resultNames(page);
      expect(names.length).toBeGreaterThan(0);
      expect(Number((await count(page))!.match(/\d+/)![0])).toBeLessThan(Number(before!.match(/\d+/)![0]));
    });
  });

  it('a sentence finds by its words: "mąż pije" offers the need filter, "asystent rodziny wejherowo" searches in that gmina', async () => {
    await withPage(browser(), '/placowki/', async ({ page }) => {
      await typeQuery(page, 'mąż pije');
      const names = await resultNames(page);
      expect(names.slice(0, 4)).toEqual(
        expect.arrayContaining(['Gminna Komisja Rozwiązywania Problemów Alkoholowych w Dąbrowie Białostockiej', 'Grupa AA „Ostatni Dzwonek”']),
      ); // four entries help with addiction
      await page.getByRole('button', { name: 'Uzależnienia' }).click();
      await page.waitForFunction(() => location.search.includes('potrzeba=uzaleznienia'));
      expect(await page.inputValue('#filtr-need')).toBe('uzaleznienia');
      await page.getByLabel('Czego szukasz?').fill('asystent rodziny wejherowo');
      await page.getByLabel('W jakiej sprawie').selectOption('');
      await page.waitForFunction(() => /Szukamy w gminie Wejherowo/.test(document.querySelector('.directory-filter')?.textContent ?? ''));
      expect((await resultNames(page))[0]).toMatch(/^Gminny Ośrodek Pomocy Społecznej w Wejherowie/);
      expect(await axe(page)).toEqual([]);
    });
  });

  it('without JavaScript the page says how to browse instead, and the region lists still work', async () => {
    await withPage(browser(), '/placowki/', { javaScriptEnabled: false }, async ({ page }) => {
      expect(await page.locator('.directory-filter .notice').textContent()).toContain('Filtr działa w przeglądarce z włączonym JavaScriptem');
      await page.getByRole('link', { name: 'podlaskie' }).click();
      expect(page.url()).toContain('/placowki/podlaskie/');
    });
  });

  it('a shared link restores the filter and an empty result offers to widen the search', async () => {
    await withPage(browser(), '/placowki/?gmina=2011013&rodzaj=policja&potrzeba=ciaza', async ({ page }) => {
      await hydrated(page);
      await page.waitForFunction(() => /Nic nie pasuje/.test(document.querySelector('.directory-filter')?.textContent ?? ''));
      expect(await page.inputValue('#filtr-type')).toBe('policja');
      await page.getByRole('button', { name: 'Szukaj w całym powiecie' }).waitFor();
      await page.getByRole('button', { name: /Usuń filtr: Ciąża/ }).click();
      await page.waitForFunction(() => /Znaleziono: 1 wynik\./.test(document.querySelector('.directory-filter [role=status]')?.textContent ?? ''));
      expect(await resultNames(page)).toEqual(['Komisariat Policji w Dąbrowie Białostockiej']);
      expect(await axe(page)).toEqual([]);
    });
  });

  for (const [when, gopsText, gopsShownWhenOpen] of [
    ['2026-11-23T10:00:00+01:00', 'Teraz otwarte, do 15:30', true], // Monday 10:00
    ['2026-11-23T20:00:00+01:00', 'Teraz zamknięte', false], // Monday 20:00
    ['2026-11-22T10:00:00+01:00', 'Teraz zamknięte', false], // Sunday
  ] as const) {
    it(`"open now" follows the clock: ${when}`, async () => {
      await withPage(browser(), '/placowki/', async ({ page }) => {
        await page.clock.setFixedTime(new Date(when));
        await page.reload();
        await typeQuery(page, 'wejherowo');
        const card = page.locator('.directory-filter .entry-list > li', { hasText: 'Gminny Ośrodek Pomocy Społecznej w Wejherowie' });
        expect(await card.locator('.entry-open').textContent()).toBe(gopsText);
        await page.getByLabel('Czego szukasz?').fill('');
        await page.getByLabel('Otwarte teraz').check();
        await page.waitForFunction(() => /Znaleziono/.test(document.querySelector('.directory-filter [role=status]')?.textContent ?? ''));
        const names = await resultNames(page);
        expect(names.some((n) => n.startsWith('Gminny Ośrodek Pomocy Społecznej w Wejherowie'))).toBe(gopsShownWhenOpen);
        expect(names).toContain('Telefon Zaufania dla Dzieci i Młodzieży'); // 24/7
        const helpline = page.locator('.directory-filter .entry-list > li', { hasText: 'Telefon Zaufania dla Dzieci i Młodzieży' });
        expect(await helpline.locator('.entry-open').textContent()).toBe('Teraz otwarte, całą dobę');
      });
    });
  }
});
