/**
 * The informator in real Chromium: the index groups articles by the family's question, every article is found by
 * the site search (the real Pagefind index of the build), pages have no axe violation, and the printout keeps the
 * text and phone numbers but drops navigation.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, useBrowser, withPage } from '../helpers/browser.ts';

/** A key term a family would type, for each article. A new article must add its own. */
const KEY_TERMS: Record<string, string> = {
  'kim-jest-asystent-rodziny': 'wyręcza',
  'wspolpraca-z-asystentem-rodziny': 'monitoring',
  'jak-uzyskac-asystenta-rodziny': 'wywiad',
  'wsparcie-za-zyciem': 'połóg',
  'indywidualny-katalog-wsparcia': 'zasoby',
  'instytucje-ktore-pomagaja-rodzinie': 'GKRPA',
  'prawa-dziecka': 'prawa dziecka',
  'pilna-pomoc-i-telefony-zaufania': 'alarmowy',
  'jednorazowe-swiadczenie-za-zyciem': 'becikowe',
  'opieka-zdrowotna-w-ciazy-za-zyciem': 'prenatalne',
  'wczesne-wspomaganie-rozwoju-dziecka': 'zespół orzekający',
  'po-stracie-dziecka': 'martwego urodzenia',
  'orzeczenie-o-niepelnosprawnosci-dziecka': 'zasiłek pielęgnacyjny',
  'bezplatna-pomoc-prawna': 'poradnictwo obywatelskie',
  'asystent-koordynator-za-zyciem': 'koordynator',
  'formy-pracy-z-rodzina': 'mediacja',
};
const slugs = readdirSync('content/informator')
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));

const browser = useBrowser();

/** Runs the site's national Pagefind index (the articles are in every index) in the page and returns the URLs of all results. */
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

describe('informator', () => {
  it('has a key term for every article', () => {
    expect(Object.keys(KEY_TERMS).sort()).toEqual([...slugs].sort());
  });

  it('index: the four questions as headings, every article linked, no axe violation', async () => {
    await withPage(browser(), '/informator/', async ({ page }) => {
      const headings = await page.locator('main h2').allTextContents();
      expect(headings).toEqual(['Potrzebuję pilnej pomocy', 'Kto może mi pomóc?', 'Jak dostać wsparcie?', 'Jakie mam prawa?']);
      const hrefs = await page.locator('main .article-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect([...hrefs].sort()).toEqual(slugs.map((s) => `/informator/${s}/`).sort());
      expect(await axe(page)).toEqual([]);
    });
  });

  it.each(slugs)('%s: renders with summary, legal basis, review date, directory links; no axe violation', async (slug) => {
    await withPage(browser(), `/informator/${slug}/`, async ({ page }) => {
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.locator('main .lead').textContent()).toBeTruthy();
      expect(await page.locator('main').textContent()).toMatch(/Ostatnio sprawdzono: \d{1,2} \p{L}+ \d{4}/u);
      expect(await page.locator('#podstawa-prawna + ul li').count()).toBeGreaterThan(0);
      // Sources and the review date sit together, so a reader can check what the article says.
      expect(await page.locator('.article-sources li').count()).toBeGreaterThan(0);
      expect(await page.locator('.article-sources time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await page.locator('.article-filters a').count()).toBeGreaterThan(0);
      expect(await page.locator('.related-articles a').count()).toBeGreaterThan(0);
      expect(await axe(page)).toEqual([]);
    });
  });

  it.each(Object.entries(KEY_TERMS))('site search finds %s by "%s"', async (slug, term) => {
    await withPage(browser(), '/informator/', async ({ page }) => {
      expect(await search(page, term)).toContain(`/informator/${slug}/`);
    });
  });

  it('a term in one article finds that article and no other', async () => {
    await withPage(browser(), '/informator/', async ({ page }) => {
      expect((await search(page, 'wyręcza')).filter((u) => u.startsWith('/informator/'))).toEqual(['/informator/kim-jest-asystent-rodziny/']);
    });
  });

  it('prints the article and its phone numbers without navigation, filters or the print button', async () => {
    await withPage(browser(), '/informator/pilna-pomoc-i-telefony-zaufania/', async ({ page }) => {
      const button = page.getByRole('button', { name: 'Wydrukuj' });
      expect(await button.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.article-body').isVisible()).toBe(true);
      expect(await page.locator('.article-helplines a[href="tel:112"]').isVisible()).toBe(true);
      expect(await page.locator('#podstawa-prawna').isVisible()).toBe(true);
      for (const hidden of ['.breadcrumbs', '.site-nav', '.article-filters', '.related-articles', '.print-button']) {
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
    });
  });

  it('works without JavaScript: the article is there and the print button stays hidden', async () => {
    await withPage(browser(), '/informator/kim-jest-asystent-rodziny/', { javaScriptEnabled: false }, async ({ page }) => {
      expect(await page.locator('.article-body').textContent()).toContain('nie wyręcza');
      expect(await page.locator('.print-button').isVisible()).toBe(false);
    });
  });
});
