/**
 * The service worker's page routes and app shell (scripts/lib/service-worker.ts): which offline page answers a page
 * request, that Workbox's first matching route gives that page, and that the real build's dist/sw.js precaches the
 * app shell in every language it was built in, and no other page.
 * (Here rather than beside the file: the test runner collects src/ and tests/ only.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { offlinePageFor, PAGES_CACHE, pageRoutes } from '../../scripts/lib/service-worker.ts';

const dist = inject('distDir');

describe('offlinePageFor', () => {
  it.each([
    ['/uk/prywatnosc/', '/uk/offline/'],
    ['/uk/placowki/podlaskie/', '/uk/offline/'],
    ['/uk/', '/uk/offline/'],
    ['/uk', '/uk/offline/'],
    ['/en/katalog/', '/en/offline/'],
    ['/en/nie-ma-takiej/', '/en/offline/'],
    ['/', '/offline/'],
    ['/placowki/mazowieckie/', '/offline/'],
    ['/informator/wsparcie-za-zyciem/', '/offline/'],
    // Only a whole first segment names a language.
    ['/ukraina/', '/offline/'],
    ['/english/', '/offline/'],
    ['/pl/katalog/', '/offline/'],
  ])('%s → %s', (pathname, offline) => {
    expect(offlinePageFor(pathname)).toBe(offline);
  });
});

type Matcher = (options: { request: { mode: string }; url: URL; sameOrigin: boolean }) => unknown;

/** A route's matcher as sw.js has it: rebuilt from its source text alone, as Workbox writes it (a closure would break). */
const fromSource = (urlPattern: unknown): Matcher => new Function(`return (${String(urlPattern)});`)() as Matcher;

/** The offline page (the precached file) of the first page route that matches, as Workbox's router takes it; undefined when none matches. */
function fallbackOf(pathname: string, { mode = 'navigate', sameOrigin = true } = {}): string | undefined {
  const url = new URL(pathname, 'https://katalog.example.org');
  const route = pageRoutes().find((r) => fromSource(r.urlPattern)({ request: { mode }, url, sameOrigin }));
  return route?.options?.precacheFallback?.fallbackURL;
}

describe('the page routes', () => {
  it('answer a page request that fails with the offline page of its language', () => {
    for (const pathname of ['/uk/prywatnosc/', '/uk', '/uk/', '/en/katalog/', '/en/x/y/', '/', '/placowki/', '/ukraina/', '/english/']) {
      expect(fallbackOf(pathname), pathname).toBe(`${offlinePageFor(pathname)}index.html`);
    }
    expect(fallbackOf('/uk/katalog/')).toBe('/uk/offline/index.html');
    expect(fallbackOf('/en/')).toBe('/en/offline/index.html');
    expect(fallbackOf('/katalog/')).toBe('/offline/index.html');
  });

  it('take only this site’s page requests: not its data or assets, not another site’s pages', () => {
    expect(fallbackOf('/uk/katalog/', { mode: 'cors' })).toBeUndefined();
    expect(fallbackOf('/katalog/dane/gminy.json', { mode: 'cors' })).toBeUndefined();
    expect(fallbackOf('/uk/', { sameOrigin: false })).toBeUndefined();
    expect(fallbackOf('/', { sameOrigin: false })).toBeUndefined();
  });

  it('keep one strategy for every language: network first, the page cache after 4 s', () => {
    const routes = pageRoutes();
    expect(routes.map((route) => route.options?.precacheFallback?.fallbackURL)).toEqual([
      '/uk/offline/index.html',
      '/en/offline/index.html',
      '/offline/index.html',
    ]);
    for (const route of routes) {
      expect(route.handler).toBe('NetworkFirst');
      expect(route.options).toMatchObject({ cacheName: PAGES_CACHE, networkTimeoutSeconds: 4, cacheableResponse: { statuses: [200] } });
    }
  });
});

describe('the built service worker (dist/sw.js)', () => {
  const precached = new Set([...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!));
  const pages = [...precached].filter((url) => url.endsWith('index.html'));
  const built = (folder: string) =>
    existsSync(join(dist, folder))
      ? (readdirSync(join(dist, folder), { recursive: true, encoding: 'utf8' }) as string[])
          .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
          .map((f) => join(folder, f))
      : [];

  it('precaches the app shell in Polish, Ukrainian and English: the home, the builder, the informator and its articles, the offline page', () => {
    for (const lang of ['', 'uk/', 'en/']) {
      expect(precached, `${lang}index.html`).toContain(`${lang}index.html`);
      expect(precached, `${lang}katalog/index.html`).toContain(`${lang}katalog/index.html`);
      expect(precached, `${lang}offline/index.html`).toContain(`${lang}offline/index.html`);
    }
    expect(precached).toContain('telefony-zaufania/index.html');
    // Every informator page the build made in Polish and in Ukrainian, articles included.
    const informator = [...built('informator'), ...built('uk/informator')];
    expect(informator.length).toBeGreaterThan(10);
    expect(built('uk/informator').length).toBeGreaterThan(1);
    for (const page of informator) expect(precached, page).toContain(page);
    // The offline pages the routes fall back to are precached.
    for (const route of pageRoutes()) expect(precached).toContain(route.options!.precacheFallback!.fallbackURL.slice(1));
  });

  it('precaches no page outside the app shell (the precache stays small)', () => {
    const shell =
      /^(?:(?:uk|en)\/)?(?:index\.html|katalog\/(?:.+\/)?index\.html|informator\/(?:.+\/)?index\.html|telefony-zaufania\/index\.html|offline\/index\.html)$/;
    expect(pages.filter((page) => !shell.test(page))).toEqual([]);
    expect(precached).not.toContain('uk/prywatnosc/index.html');
  });
});
