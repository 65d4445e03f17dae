/**
 * Real Chromium for the browser tests (playwright-core with the system browser).
 * Every page records the requests it makes, so tests can prove that nothing leaves this machine: `withPage`
 * opens a page, runs the test on it, asserts that no request left the site and no error happened, and closes it.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts';

export const baseUrl = () => inject('baseUrl');

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run the tests with "npm test", which installs or finds it.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** One Chromium for a test file: launched before its tests, closed after them. Call at the top of the file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());
  return () => {
    if (!browser) throw new Error('The browser is not launched yet: call it inside a test.');
    return browser;
  };
}

export interface RecordedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors, uncaught exceptions and Content-Security-Policy violations ("CSP violation: …"). */
  errors: string[];
}

/** Opens `origin` + `path` (the test server unless said) in a new browser context that records what the page does. */
export async function openPage(
  browser: Browser,
  path: string,
  options: Parameters<Browser['newContext']>[0] = {},
  origin: string = baseUrl(),
  beforeLoad?: (page: Page) => void | Promise<void>,
): Promise<RecordedPage> {
  const context = await browser.newContext({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw', ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // Every Content-Security-Policy violation becomes an error, so each browser test also proves the CSP holds.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  await beforeLoad?.(page);
  await page.goto(origin + path, { waitUntil: 'load' });
  return { page, context, requests, errors };
}

/** Waits until every island on the page (React or Preact) has hydrated (waking those that wait for an interaction). */
export async function hydrated(page: Page): Promise<void> {
  // Islands with client:interaction wait for the user's first touch: stand in for it.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('astro-island[client="interaction"][ssr]')) el.dispatchEvent(new FocusEvent('focusin'));
  });
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
}

/** axe with the WCAG 2.1 A and AA rules; returns the violations in a readable form. */
export async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

/** Requests that left this machine (anything but the test server, or the origin that serves the site when said). */
export function externalRequests(requests: string[], origin: string = baseUrl()): string[] {
  const local = new URL(origin).origin;
  return requests.filter((u) => !u.startsWith(local) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

type ContextOptions = Parameters<Browser['newContext']>[0];

export interface WithPageOptions extends NonNullable<ContextOptions> {
  /**
   * Errors the test expects (say why where it is set): patterns of the only errors that may happen, every other
   * error still fails the test; or `true` when the test asserts the errors itself.
   */
  allowErrors?: true | readonly RegExp[];
  /** The test expects a request outside the site and asserts it itself (say why where it is set). */
  allowExternal?: true;
  /**
   * The origin that serves the site to this page, when not the test server (e.g. a proxy in front of it, or the
   * server of a build the test made): the path opens there, and a request to any other origin is outside the site.
   * Its service worker and caches stay in this test's own context, as always.
   */
  origin?: string;
  /** Runs on the new page before it opens `path`: to listen for what happens while it loads (e.g. dialogs). */
  beforeLoad?: (page: Page) => void | Promise<void>;
}

/** The errors that none of the allowed patterns matches. */
function unexpectedErrors(errors: readonly string[], allowed: readonly RegExp[] = []): string[] {
  return errors.filter((e) => !allowed.some((pattern) => pattern.test(e)));
}

/**
 * Opens `path` in a new browser context, runs `use` on it, then asserts what every browser test must hold:
 * no request outside the site, no page error, console error or CSP violation (but those `allowErrors` names). Closes the context always,
 * also when `use` throws (its error is the one reported).
 */
export async function withPage(browser: Browser, path: string, use: (page: RecordedPage) => Promise<void>): Promise<void>;
export async function withPage(browser: Browser, path: string, options: WithPageOptions, use: (page: RecordedPage) => Promise<void>): Promise<void>;
export async function withPage(
  browser: Browser,
  path: string,
  a: WithPageOptions | ((page: RecordedPage) => Promise<void>),
  b?: (page: RecordedPage) => Promise<void>,
): Promise<void> {
  const [options, use] = typeof a === 'function' ? [{} as WithPageOptions, a] : [a, b!];
  const { allowErrors, allowExternal, origin = baseUrl(), beforeLoad, ...contextOptions } = options;
  const recorded = await openPage(browser, path, contextOptions, origin, beforeLoad);
  try {
    await use(recorded);
    if (!allowExternal) expect(externalRequests(recorded.requests, origin), `requests outside the site (${path})`).toEqual([]);
    if (allowErrors !== true) expect(unexpectedErrors(recorded.errors, allowErrors), `errors on the page (${path})`).toEqual([]);
  } finally {
    await recorded.context.close();
  }
}
