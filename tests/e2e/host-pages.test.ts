/**
 * What a public host must publish, in real Chromium over the real build:
 *  - the accessibility statement with every id of the official structure (version 2.0 of "Warunki techniczne
 *    publikacji oraz struktura dokumentu elektronicznego deklaracji dostępności") and its dates as <time datetime>;
 *  - the easy-to-read (ETR) page, one click away from every page of the site, in short sentences.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { measure } from '../../src/lib/readability/report.ts';
import { axe, useBrowser, withPage } from '../helpers/browser.ts';

/** The ids the statement must carry (monitoring tools find its parts by them). */
const STATEMENT_IDS = [
  'a11y-wstep',
  'a11y-podmiot',
  'a11y-url',
  'a11y-data-publikacja',
  'a11y-data-aktualizacja',
  'a11y-status',
  'a11y-data-sporzadzenie',
  'a11y-data-przeglad',
  'a11y-kontakt',
  'a11y-osoba',
  'a11y-email',
  'a11y-telefon',
  'a11y-procedura',
  'a11y-architektura',
  'a11y-aplikacje',
];
const STATEMENT_DATES = ['a11y-data-publikacja', 'a11y-data-aktualizacja', 'a11y-data-sporzadzenie', 'a11y-data-przeglad'];
const ETR = '/tekst-latwy-do-czytania/';

const browser = useBrowser();

/** Every HTML page of the build, as a site path. */
function builtPages(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? builtPages(dir, join(base, e.name)) : e.name.endsWith('.html') ? [`/${join(base, e.name)}`] : [],
  );
}

describe('accessibility statement', () => {
  it('has every id of the official structure exactly once, dates as <time datetime>, no axe violation', async () => {
    await withPage(browser(), '/deklaracja-dostepnosci/', async ({ page }) => {
      for (const id of STATEMENT_IDS) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
      for (const id of STATEMENT_DATES) {
        const time = page.locator(`#${id}`);
        expect(await time.evaluate((el) => el.tagName), id).toBe('TIME');
        const datetime = await time.getAttribute('datetime');
        expect(datetime, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(datetime!)), id).toBe(false);
      }
      // The introduction names the body and the site, which is a link to this site.
      expect(await page.locator('#a11y-wstep #a11y-podmiot').count()).toBe(1);
      expect(await page.locator('#a11y-url').getAttribute('href')).toMatch(/^https?:\/\//);
      expect(await page.locator('#a11y-status').textContent()).toMatch(/zgodna/);
      expect(await page.locator('#a11y-kontakt').evaluate((el) => el.tagName)).toBe('H2');
      expect(await page.locator('#a11y-procedura').evaluate((el) => el.tagName)).toBe('H2');
      expect(await axe(page)).toEqual([]);
    });
  });

  it('without host settings it says so and shows placeholders, never invented contact data', async () => {
    await withPage(browser(), '/deklaracja-dostepnosci/', async ({ page }) => {
      // The test build sets no PUBLIC_HOST_* variable (see the README).
      expect(await page.locator('main .notice').textContent()).toContain('nie ma jeszcze wszystkich danych');
      for (const id of ['a11y-podmiot', 'a11y-osoba', 'a11y-email', 'a11y-telefon']) {
        expect(await page.locator(`#${id}`).textContent(), id).toMatch(/^\[.+\]$/);
      }
    });
  });
});

describe('easy-to-read page (ETR)', () => {
  it('every page of the build links to it from the footer', () => {
    const dist = inject('distDir');
    const pages = builtPages(dist).filter((p) => !p.startsWith('/pagefind/'));
    expect(pages.length).toBeGreaterThan(20);
    const without = pages.filter((p) => !/<footer[\s\S]*href="\/tekst-latwy-do-czytania\/"[\s\S]*<\/footer>/.test(readFileSync(join(dist, p), 'utf8')));
    expect(without).toEqual([]);
  });

  it('is one click away: the footer link from an article opens it; no axe violation, nothing leaves the site', async () => {
    await withPage(browser(), '/informator/po-stracie-dziecka/', async ({ page }) => {
      await page.locator('footer').getByRole('link', { name: 'Tekst łatwy do czytania' }).click();
      await page.waitForURL((url) => url.pathname === ETR);
      expect(await page.locator('h1').textContent()).toBe('Tekst łatwy do czytania');
      expect(await axe(page)).toEqual([]);
    });
  });

  it('says what the site is and how to use it in short sentences', async () => {
    await withPage(browser(), ETR, async ({ page }) => {
      const headings = await page.locator('.easy-read h2').allTextContents();
      expect(headings).toEqual(expect.arrayContaining(['Co to jest za strona', 'Jak korzystać ze strony', 'Szybkie wyjście', 'Kontakt']));
      const blocks = await page.locator('.easy-read p, .easy-read li').allTextContents();
      const r = measure(blocks);
      // Easy-to-read text: one short thought per sentence, far below the informator's own limits.
      expect(r.averageWords).toBeLessThanOrEqual(8);
      expect(r.maxWords).toBeLessThanOrEqual(15);
      expect(r.unexplained).toEqual([]);
      // Links to the main parts of the site work without JavaScript.
      for (const href of ['/placowki/', '/telefony-zaufania/', '/informator/', '/katalog/', '/deklaracja-dostepnosci/']) {
        expect(await page.locator(`.easy-read a[href="${href}"]`).count(), href).toBe(1);
      }
    });
  });
});
