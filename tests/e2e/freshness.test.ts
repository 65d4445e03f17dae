/**
 * Freshness in real Chromium, over the real content: every seed entry rests on a document older than
 * 12 months (verified.source_date), so its page and its list cards say "call before you go", a list of
 * one reach puts fresher data first, and "Potwierdź, że dane są aktualne" opens a correction that
 * changes only the verification.
 */
import { describe, expect, it } from 'vitest';
import { axe, hydrated, useBrowser, withPage } from '../helpers/browser.ts';
import { STALE_NOTICE } from '../../src/lib/freshness/freshness.ts';
import { CONFIRM_SOURCE } from '../../src/lib/contribute/confirm.ts';

const browser = useBrowser();

describe('freshness of the data', () => {
  it('an institution page shows the warning and the date of the source document', async () => {
    await withPage(browser(), '/placowka/mops-dabrowa-bialostocka/', async ({ page }) => {
      expect(await page.locator('.notice', { hasText: STALE_NOTICE }).isVisible()).toBe(true);
      expect(await page.locator('article footer').textContent()).toMatch(/dokument z: 2019 r\./);
    });
  });

  it('a list of one type puts fresher data first and warns at each old entry', async () => {
    await withPage(browser(), '/placowki/rodzaj/ops/', async ({ page }) => {
      const cards = page.locator('.entry-list > li');
      const names = await cards.locator('h3').allTextContents();
      // Source documents: Kędzierzyn-Koźle 2025, Wejherowo 2024, Dąbrowa Białostocka 2019 (alphabetically they would come in another order).
      expect(names.map((n) => n.trim())).toEqual([
        expect.stringContaining('Kędzierzynie-Koźlu'),
        expect.stringContaining('Wejherowie'),
        expect.stringContaining('Dąbrowie Białostockiej'),
      ]);
      for (let i = 0; i < names.length; i++) expect(await cards.nth(i).locator('.stale-note').textContent()).toBe(STALE_NOTICE);
    });
  });

  it('"Potwierdź, że dane są aktualne" opens the form with only the verification changed', async () => {
    await withPage(browser(), '/placowka/gops-wejherowo/', async ({ page }) => {
      await page.getByRole('link', { name: 'Potwierdź, że dane są aktualne' }).click();
      await page.waitForURL(/\/zglos\/\?popraw=gops-wejherowo&woj=22&potwierdz=1$/);
      await hydrated(page);
      await page.locator('.notice', { hasText: 'Potwierdzasz' }).waitFor();
      const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
      expect(await page.getByLabel(/^Kiedy sprawdzono dane/).inputValue()).toBe(today);
      expect(await page.getByLabel(/^Skąd pochodzą dane/).inputValue()).toBe(CONFIRM_SOURCE);
      expect(await page.getByLabel('Data dokumentu źródłowego').inputValue()).toBe('');
      expect(await page.getByLabel(/^Pełna nazwa/).inputValue()).toContain('Gminny Ośrodek Pomocy Społecznej w Wejherowie');
      await page.getByRole('button', { name: 'Sprawdź i przygotuj plik' }).click();
      await page.getByRole('heading', { name: 'Plik jest gotowy' }).waitFor();
      const text = await page.getByLabel('Treść pliku (możesz ją skopiować)').inputValue();
      expect(text).toContain(`  date: ${today}\n  source: ${CONFIRM_SOURCE}\n---`);
      expect(text).not.toContain('source_date');
      expect(await axe(page)).toEqual([]);
    });
  });
});
