/**
 * What a family after hard news types into /szukaj/ finds the article that answers it first: the real search
 * island over the real Pagefind index of the build, in Chromium (issue 16, "Numbers").
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, useBrowser, withPage } from '../helpers/browser.ts';
import { frontmatter } from '../helpers/fixtures.ts';

/** The phrase and the article that must come first. */
const PHRASES: [string, string][] = [
  ['4000 zł', 'jednorazowe-swiadczenie-za-zyciem'],
  ['jednorazowe świadczenie', 'jednorazowe-swiadczenie-za-zyciem'],
  ['hospicjum perinatalne', 'opieka-zdrowotna-w-ciazy-za-zyciem'],
  ['wczesne wspomaganie rozwoju', 'wczesne-wspomaganie-rozwoju-dziecka'],
  ['poza kolejnością', 'opieka-zdrowotna-w-ciazy-za-zyciem'],
  ['opieka wytchnieniowa', 'orzeczenie-o-niepelnosprawnosci-dziecka'],
  ['poronienie', 'po-stracie-dziecka'],
  ['orzeczenie o niepełnosprawności', 'orzeczenie-o-niepelnosprawnosci-dziecka'],
];

const title = (slug: string) => (frontmatter(readFileSync(`content/informator/${slug}.md`, 'utf8')) as { title: string }).title;

const browser = useBrowser();

async function firstResult(page: Page, phrase: string): Promise<string> {
  await page.getByLabel('Szukaj w katalogu i informatorze').fill(phrase);
  // Results replace each other after a debounce: wait until the URL carries this phrase and a result is listed.
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, phrase);
  await page.waitForFunction(() => /Znaleziono|Nic nie/.test(document.querySelector('.site-search [role=status]')?.textContent ?? ''));
  await page.locator('.search-results h3').first().waitFor();
  return (await page.locator('.search-results h3').first().textContent())!.trim();
}

describe('search finds the right informator article first', () => {
  it.each(PHRASES)('"%s" → %s', async (phrase, slug) => {
    await withPage(browser(), '/szukaj/', async ({ page }) => {
      await hydrated(page);
      expect(await firstResult(page, phrase)).toBe(title(slug));
    });
  });
});
