/** /dane/ in Chromium: accessible, and its links lead to the files. */
import { describe, expect, it } from 'vitest';
import { axe, baseUrl, useBrowser, withPage } from '../helpers/browser.ts';
import { TABLES } from '../../src/lib/export/hsds.ts';

const browser = useBrowser();

describe('/dane/', () => {
  it('has no axe violation, makes no outside request, and every download link answers', async () => {
    await withPage(browser(), '/dane/', async ({ page }) => {
      expect(await page.locator('h1').textContent()).toBe('Otwarte dane');
      expect(await axe(page)).toEqual([]);
      const links = await page.locator('main a[href^="/dane/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(links.length).toBe(TABLES.length + 1); // the JSON file and one CSV per table
      expect(links).toContain('/dane/languages.csv');
      for (const href of links) expect((await fetch(baseUrl() + href)).status, href).toBe(200);
    });
  });
});
