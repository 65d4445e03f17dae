/**
 * "Szybkie wyjście" in real Chromium: the mouse, the keyboard (Tab + Enter, Escape twice) and no
 * JavaScript all leave for the neutral page, and the page the person was reading is not left in
 * the history behind it. The neutral page is answered by the test (context.route): no real request.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser, withPage, type RecordedPage, type WithPageOptions } from '../helpers/browser.ts';

const NEUTRAL = /^https:\/\/www\.google\.com\/search\?q=pogoda/;
const READING = '/placowka/mops-dabrowa-bialostocka/';

const browser = useBrowser();

async function withNeutralPage(context: BrowserContext): Promise<string[]> {
  const reached: string[] = [];
  await context.route(NEUTRAL, (route) => {
    reached.push(route.request().url());
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>pogoda</title><h1>Pogoda</h1>' });
  });
  return reached;
}

/**
 * Opens the home, then the page being read (the site has two entries in the history), and runs `use` there.
 * Leaving for the neutral page is the one request outside the site, expected: `reached` records it.
 */
async function readingAfterHome(options: WithPageOptions, use: (opened: RecordedPage & { reached: string[] }) => Promise<void>) {
  await withPage(browser(), '/', { ...options, allowExternal: true }, async (opened) => {
    const reached = await withNeutralPage(opened.context);
    await opened.page.goto(baseUrl() + READING);
    await use({ ...opened, reached });
  });
}

async function expectLeft(page: Page, reached: string[], historyBefore: number) {
  await page.waitForURL(NEUTRAL);
  expect(reached).toHaveLength(1);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  // Back does not return to the page that was being read.
  await page.goBack();
  expect(page.url()).not.toContain(READING);
}

describe('quick exit', () => {
  it('with the mouse: one click replaces the page with the neutral one', async () => {
    await readingAfterHome({}, async ({ page, reached }) => {
      const before = await page.evaluate(() => history.length);
      await page.getByRole('link', { name: 'Szybkie wyjście' }).click();
      await expectLeft(page, reached, before);
    });
  });

  it('with the keyboard: Tab reaches the button right after the skip link, Enter leaves', async () => {
    await readingAfterHome({}, async ({ page, reached }) => {
      const before = await page.evaluate(() => history.length);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Szybkie wyjście');
      await page.keyboard.press('Enter');
      await expectLeft(page, reached, before);
    });
  });

  it('Escape pressed twice within a second leaves; Escape once, or twice slowly, does not', async () => {
    await readingAfterHome({}, async ({ page, reached }) => {
      const before = await page.evaluate(() => history.length);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1300);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      expect(page.url()).toContain(READING);
      expect(reached).toEqual([]);
      await page.keyboard.press('Escape');
      await expectLeft(page, reached, before);
    });
  });

  it('without JavaScript it is a plain link to the same neutral page, sending no referrer', async () => {
    await readingAfterHome({ javaScriptEnabled: false }, async ({ page, reached }) => {
      const link = page.getByRole('link', { name: 'Szybkie wyjście' });
      expect(await link.getAttribute('href')).toMatch(NEUTRAL);
      expect(await link.getAttribute('rel')).toContain('noreferrer');
      await link.click();
      await page.waitForURL(NEUTRAL);
      expect(reached).toHaveLength(1);
    });
  });

  it('is visible without scrolling on a phone, and stays in view when the page scrolls', async () => {
    await withPage(browser(), READING, { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true }, async ({ page }) => {
      const button = page.getByRole('link', { name: 'Szybkie wyjście' });
      const inView = async () => {
        const box = (await button.boundingBox())!;
        return box.x >= 0 && box.y >= 0 && box.x + box.width <= 360 && box.y + box.height <= 640 && box.height >= 24;
      };
      expect(await inView()).toBe(true);
      // It does not cover the site's name at the top.
      const brand = (await page.locator('.brand').boundingBox())!;
      const box = (await button.boundingBox())!;
      expect(box.y + box.height <= brand.y || brand.x + brand.width <= box.x).toBe(true);
      await page.mouse.wheel(0, 2000);
      await page.waitForFunction(() => scrollY > 0);
      expect(await inView()).toBe(true);
    });
  });
});
