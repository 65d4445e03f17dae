/** The instant filter on /placowki/ understands Ukrainian (the taxonomy's Ukrainian keywords, content/taxonomy/uk/), in real Chromium, with axe. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, hydrated, useBrowser, withPage } from '../helpers/browser.ts';

const browser = useBrowser();

const resultNames = (page: Page) => page.locator('.directory-filter .entry-list h3').allTextContents();
const POLISH_COUNT = /^Znaleziono: \d+ (wynik|wyniki|wyników)\.$/;
const PORADNIA = 'Poradnia Psychologiczno-Pedagogiczna w Dąbrowie Białostockiej';

/** Types the words key by key, as a family does, and waits until the count reflects them. */
async function typeQuery(page: Page, text: string) {
  const input = page.getByLabel('Czego szukasz?');
  await input.click();
  await hydrated(page);
  await input.fill('');
  await input.pressSequentially(text);
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, text);
  await page.waitForFunction(() => /Znaleziono/.test(document.querySelector('.directory-filter [role=status]')?.textContent ?? ''));
}

describe('directory instant filter in Ukrainian', () => {
  it('"психолог" typed in the gmina Dąbrowa Białostocka finds the poradnia; "психіатр" does not', async () => {
    await withPage(browser(), '/placowki/?gmina=2011013', async ({ page }) => {
      await typeQuery(page, 'психолог');
      const names = await resultNames(page);
      expect(names).toContain(PORADNIA);
      expect(names).toContain('Punkt Pomocy Rodzinie – Punkt Interwencji Kryzysowej przy MOPS w Dąbrowie Białostockiej');
      expect(names).not.toContain('Powiatowy Urząd Pracy w Sokółce');
      expect(await page.locator('.directory-filter [role=status]').textContent()).toMatch(POLISH_COUNT);
      // the one-click need names the need in Polish, as the page is Polish
      await expect(page.getByRole('button', { name: 'Wsparcie psychologiczne' }).isVisible()).resolves.toBe(true);
      expect(await axe(page)).toEqual([]);

      await typeQuery(page, 'психіатр'); // a doctor: health care, not the psychological clinic
      const doctor = await resultNames(page);
      expect(doctor.length).toBeGreaterThan(0);
      expect(doctor).not.toContain(PORADNIA);
    });
  });
});
