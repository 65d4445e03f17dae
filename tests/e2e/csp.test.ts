/**
 * Content-Security-Policy and the other security headers, in real Chromium over the built site:
 * every template carries a CSP without 'unsafe-inline' for scripts, pages load with no violation
 * (islands' hydration scripts included: Astro hashes them), and script injected into a page is blocked.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, hydrated, useBrowser, withPage } from '../helpers/browser.ts';

/** One page per template; add a row for every new template (e.g. /katalog/, /szukaj/, /mapa/). */
const PAGES = [
  '/',
  '/placowki/',
  '/placowki/podlaskie/',
  '/placowki/podlaskie/powiat-sokolski/dabrowa-bialostocka/',
  '/placowki/rodzaj/ops/',
  '/placowka/mops-dabrowa-bialostocka/',
  '/telefony-zaufania/',
  '/prywatnosc/',
  '/offline/',
  '/katalog/',
  '/informator/',
  '/informator/kim-jest-asystent-rodziny/',
  '/zglos/',
  '/dane/',
  '/szukaj/',
  '/mapa/',
];

const browser = useBrowser();

function metaCsp(html: string): string {
  const match = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i);
  if (!match) throw new Error('no CSP meta tag');
  return match[1]!;
}

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

describe('Content-Security-Policy', () => {
  it.each(PAGES)('%s: a strict CSP in the page and in the headers', async (path) => {
    const response = await fetch(baseUrl() + path);
    const policy = metaCsp(await response.text());
    const scripts = directive(policy, 'script-src');
    expect(scripts).toMatch(/^script-src 'self'/);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directive(policy, 'style-src')).not.toContain("'unsafe-inline'");
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");

    const header = response.headers.get('content-security-policy') ?? '';
    expect(directive(header, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toMatch(/geolocation=\(\)/);
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\)/);
  });

  it.each(PAGES)('%s: loads, runs its scripts and hydrates its islands with no CSP violation', async (path) => {
    await withPage(browser(), path, async ({ page }) => {
      await hydrated(page);
      // The page's own module script ran: the quick-exit and offline scripts are external and allowed.
      await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then(Boolean));
    });
  });

  it('blocks a script injected into the page and reports the violation', async () => {
    // The violations are what this test expects: it asserts them itself.
    await withPage(browser(), '/placowka/mops-dabrowa-bialostocka/', { allowErrors: true }, async ({ page, errors }) => {
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        const img = document.createElement('img');
        img.setAttribute('src', 'data:,');
        img.setAttribute('onerror', 'window.__injectedHandler = true');
        document.body.append(img);
      });
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
      expect(await page.evaluate(() => (window as unknown as { __injectedHandler?: boolean }).__injectedHandler)).toBeUndefined();
      expect(errors.filter((e) => e.startsWith('CSP violation: script-src'))).toHaveLength(2);
    });
  });

  it('hashed assets are cached for a year; pages and the service worker are revalidated', async () => {
    const html = await (await fetch(baseUrl() + '/')).text();
    const asset = html.match(/\/_astro\/[^"]+\.(?:css|js)/)![0];
    expect((await fetch(baseUrl() + asset)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(baseUrl() + '/')).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(baseUrl() + '/sw.js')).headers.get('cache-control')).toBe('no-cache');
  });
});
