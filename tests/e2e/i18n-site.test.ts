/**
 * The site's chrome and static pages in Ukrainian and English, in real Chromium: each page in each language has
 * its <html lang>, no axe violation and nothing leaving the site; the language switcher works with the keyboard;
 * quick exit works on a Ukrainian page as on a Polish one; the offline message is said in the page's language.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/langs.ts';
import { en } from '../../src/i18n/locales/site/en.ts';
import { uk } from '../../src/i18n/locales/site/uk.ts';
import { axe, baseUrl, useBrowser, withPage } from '../helpers/browser.ts';
import { tabTo } from '../helpers/keyboard.ts';

const browser = useBrowser();
const PAGES = ['/', '/prywatnosc/', '/deklaracja-dostepnosci/', '/offline/'];
const STATEMENT_IDS = ['a11y-wstep', 'a11y-podmiot', 'a11y-url', 'a11y-data-publikacja', 'a11y-data-aktualizacja', 'a11y-status'];
const STATEMENT_IDS_2 = ['a11y-data-sporzadzenie', 'a11y-data-przeglad', 'a11y-kontakt', 'a11y-osoba', 'a11y-email', 'a11y-telefon'];
const STATEMENT_ALL = [...STATEMENT_IDS, ...STATEMENT_IDS_2, 'a11y-procedura', 'a11y-architektura', 'a11y-aplikacje'];
const NEUTRAL = /^https:\/\/www\.google\.com\/search\?q=pogoda/;

const cases = LANGS.filter((l) => l !== 'pl').flatMap((lang) => PAGES.map((path) => [lang, `/${lang}${path}`] as const));

describe('the static pages in Ukrainian and English', () => {
  it.each(cases)(
    '%s %s: <html lang>, its own words, no axe violation, alternates in the head',
    async (lang, path) => {
      await withPage(browser(), path, async ({ page }) => {
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        const words = lang === 'uk' ? uk : en;
        expect(await page.locator('.skip-link').textContent()).toBe(words.skip);
        expect(await page.getByRole('navigation', { name: words['nav.label'] }).count()).toBe(1);
        expect(await page.locator('a[data-quick-exit]').textContent()).toBe(words['quickExit.text']);
        const hreflangs = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
        expect(hreflangs).toEqual(['pl', 'uk', 'en']);
        expect(await axe(page)).toEqual([]);
      });
    },
    120_000,
  );

  it.each(['uk', 'en'])('%s accessibility statement: every id of the official structure once, dates as <time>, placeholders in brackets', async (lang) => {
    await withPage(browser(), `/${lang}/deklaracja-dostepnosci/`, async ({ page }) => {
      for (const id of STATEMENT_ALL) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
      for (const id of ['a11y-data-publikacja', 'a11y-data-aktualizacja', 'a11y-data-sporzadzenie', 'a11y-data-przeglad']) {
        expect(await page.locator(`#${id}`).evaluate((el) => el.tagName), id).toBe('TIME');
        expect(await page.locator(`#${id}`).getAttribute('datetime'), id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(await page.locator('#a11y-wstep #a11y-podmiot').count()).toBe(1);
      // The test build sets no PUBLIC_HOST_* variable: the placeholders are in the page's language, not Polish.
      for (const id of ['a11y-podmiot', 'a11y-osoba', 'a11y-email', 'a11y-telefon']) {
        const text = (await page.locator(`#${id}`).textContent()) ?? '';
        expect(text, id).toMatch(/^\[.+\]$/);
        expect(text, id).not.toMatch(/podmiotu|osoba|adres|telefon do/);
      }
      expect(await page.locator('#a11y-kontakt').evaluate((el) => el.tagName)).toBe('H2');
      expect(await page.locator('#a11y-procedura').evaluate((el) => el.tagName)).toBe('H2');
    });
  });
});

describe('the language switcher', () => {
  it('by keyboard: from the Ukrainian privacy page, Tab to English and Enter opens the same page in English', async () => {
    await withPage(browser(), '/uk/prywatnosc/', async ({ page }) => {
      const switcher = page.getByRole('navigation', { name: uk['langs.label'] });
      expect(await switcher.locator('a[aria-current="page"]').textContent()).toBe('Українська');
      const english = switcher.getByRole('link', { name: 'English' });
      expect(await english.getAttribute('lang')).toBe('en');
      expect(await english.getAttribute('hreflang')).toBe('en');
      await tabTo(page, english);
      await Promise.all([page.waitForURL((url) => url.pathname === '/en/prywatnosc/'), page.keyboard.press('Enter')]);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('h1').textContent()).toBe('Privacy');
      const polish = page.getByRole('navigation', { name: en['langs.label'] }).getByRole('link', { name: 'Polski' });
      await tabTo(page, polish);
      await Promise.all([page.waitForURL((url) => url.pathname === '/prywatnosc/'), page.keyboard.press('Enter')]);
      expect(await page.locator('html').getAttribute('lang')).toBe('pl');
      expect(await page.locator('h1').textContent()).toBe('Prywatność');
    });
  });

  it('on a page in Polish only it offers the home pages of the other languages, saying so', async () => {
    await withPage(browser(), '/placowki/', async ({ page }) => {
      const switcher = page.getByRole('navigation', { name: 'Wersje językowe' });
      const ukrainian = switcher.getByRole('link', { name: `Українська (${uk['langs.home']})` });
      expect(await switcher.locator('a[aria-current="page"]').textContent()).toBe('Polski');
      await tabTo(page, ukrainian);
      await Promise.all([page.waitForURL((url) => url.pathname === '/uk/'), page.keyboard.press('Enter')]);
      expect(await page.locator('html').getAttribute('lang')).toBe('uk');
      expect(await axe(page)).toEqual([]);
    });
  });

  it('in Ukrainian, a link of the navigation to a page that is Polish only says so and goes to it', async () => {
    await withPage(browser(), '/uk/', async ({ page }) => {
      const nav = page.getByRole('navigation', { name: uk['nav.label'] });
      const directory = nav.getByRole('link', { name: `${uk['nav.directory']} ${uk['link.inPolish']}` });
      expect(await directory.getAttribute('hreflang')).toBe('pl');
      await tabTo(page, directory);
      await Promise.all([page.waitForURL((url) => url.pathname === '/placowki/'), page.keyboard.press('Enter')]);
      expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    });
  });
});

describe('the 404 page', () => {
  it('has a line in Ukrainian and one in English, each with its lang, linking to /uk/ and /en/', async () => {
    await withPage(browser(), '/nie-ma-takiej-strony/', { allowErrors: true }, async ({ page, errors }) => {
      // The page is answered with status 404, which Chromium logs as a failed load: that and nothing else.
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
      expect(await page.locator('main p[lang="uk"] a[hreflang="uk"]').getAttribute('href')).toBe('/uk/');
      expect(await page.locator('main p[lang="en"] a[hreflang="en"]').getAttribute('href')).toBe('/en/');
      expect(await axe(page)).toEqual([]);
    });
  });
});

async function neutralPage(context: BrowserContext): Promise<string[]> {
  const reached: string[] = [];
  await context.route(NEUTRAL, (route) => {
    reached.push(route.request().url());
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>pogoda</title><h1>Pogoda</h1>' });
  });
  return reached;
}

describe('quick exit on a Ukrainian page', () => {
  it.each(['keyboard', 'escape'] as const)('with the %s: leaves for the neutral page and leaves /uk/ out of the history', async (how) => {
    await withPage(browser(), '/', { allowExternal: true }, async ({ page, context }) => {
      const reached = await neutralPage(context);
      await page.goto(baseUrl() + '/uk/prywatnosc/');
      const before = await page.evaluate(() => history.length);
      if (how === 'keyboard') {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(uk['quickExit.text']);
        expect(await page.locator('a[data-quick-exit]').getAttribute('title')).toBe(uk['quickExit.title']);
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press('Escape');
        await page.waitForTimeout(1300);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        expect(page.url()).toContain('/uk/prywatnosc/');
        expect(reached).toEqual([]);
        await page.keyboard.press('Escape');
      }
      await page.waitForURL(NEUTRAL);
      expect(reached).toHaveLength(1);
      expect(await page.evaluate(() => history.length)).toBe(before);
      await page.goBack();
      expect(page.url()).not.toContain('/uk/prywatnosc/');
    });
  });
});

describe('the offline message', () => {
  it('is said in Ukrainian on a Ukrainian page when the connection drops, and goes when it comes back', async () => {
    await withPage(browser(), '/uk/', async ({ page, context }) => {
      const state = page.locator('[data-offline-state]');
      expect(await state.isVisible()).toBe(false);
      await context.setOffline(true);
      await state.waitFor({ state: 'visible' });
      expect((await state.textContent())?.trim()).toMatch(
        /^Офлайн-режим: дані станом на \d{1,2} \p{L}+ \d{4}( р\.)?\. Ви бачите сторінки, збережені на цьому пристрої\.$/u,
      );
      expect(await state.getAttribute('role')).toBe('status');
      expect(await axe(page)).toEqual([]);
      await context.setOffline(false);
      await state.waitFor({ state: 'hidden' });
    });
  });

  it('the update prompt is written in the page’s language (shown by the script when a new version waits)', async () => {
    await withPage(browser(), '/en/', async ({ page }) => {
      const prompt = page.locator('[data-update-prompt]');
      expect((await prompt.textContent())?.replace(/\s+/g, ' ').trim()).toBe(`${en['field.update']} ${en['field.updateNow']}`);
    });
  });
});
