/** Every page template in real Chromium: it renders, axe finds no WCAG 2.1 A/AA violation, the keyboard reaches the content. */
import { describe, expect, it } from 'vitest';
import { axe, baseUrl, useBrowser, withPage, type WithPageOptions } from '../helpers/browser.ts';

const TEMPLATES: [string, string, WithPageOptions?][] = [
  ['home', '/'],
  ['directory', '/placowki/'],
  ['województwo', '/placowki/podlaskie/'],
  ['powiat', '/placowki/podlaskie/powiat-sokolski/'],
  ['gmina', '/placowki/podlaskie/powiat-sokolski/dabrowa-bialostocka/'],
  ['gmina without entries', '/placowki/mazowieckie/warszawa/warszawa/'],
  ['type', '/placowki/rodzaj/ops/'],
  ['institution', '/placowka/mops-dabrowa-bialostocka/'],
  ['institution with hours', '/placowka/gops-wejherowo/'],
  ['helplines', '/telefony-zaufania/'],
  ['coverage', '/pokrycie/'],
  ['privacy', '/prywatnosc/'],
  ['accessibility statement', '/deklaracja-dostepnosci/'],
  // The 404 template is itself answered with status 404, which Chromium logs as a failed load: that one error is allowed.
  ['404', '/nie-ma-takiej-strony/', { allowErrors: [/^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/] }],
];

const browser = useBrowser();

describe('page templates in Chromium', () => {
  it.each(TEMPLATES)(
    '%s: renders with no axe violation and no request outside the site',
    // withPage asserts that no request left the site and that no error happened (but the one the template allows).
    async (_name, path, options = {}) =>
      withPage(browser(), path, options, async ({ page }) => {
        expect(await page.locator('h1').first().isVisible()).toBe(true);
        expect(await axe(page)).toEqual([]);
      }),
    // /pokrycie/ carries 380 map shapes and about 400 table rows: axe alone takes 45 s on a quiet machine
    // and passed 180 s at load 12 (a 60,000-entry build beside the tests).
    360_000,
  );

  it('the skip link moves keyboard focus to the main content', async () => {
    await withPage(browser(), '/placowka/mops-dabrowa-bialostocka/', async ({ page }) => {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Przejdź do treści');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tresc');
    });
  });

  it('the 404 page answers with status 404', async () => {
    const response = await fetch(`${baseUrl()}/nie-ma/`);
    expect(response.status).toBe(404);
  });
});
