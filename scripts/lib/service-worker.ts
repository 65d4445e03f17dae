/**
 * After `astro build`: the lists of pages to save per województwo (dist/offline/<woj>.json) and the
 * service worker (dist/sw.js, Workbox generateSW over dist/).
 *
 * - Precached (the app shell, downloaded once in the background after the first visit): CSS, JS
 *   chunks (the PDF engine included, so the catalogue exports offline), fonts, icons, the home,
 *   /katalog/, /informator/ (and its articles), /telefony-zaufania/ and /offline/, each also in every
 *   other language src/i18n/pages.ts gives it (/uk/katalog/, /en/katalog/, /uk/informator/ and its
 *   articles, /uk/offline/…).
 * - Pages the user visits: network first, but after NETWORK_TIMEOUT_S the cached copy is shown, so a
 *   weak connection still gets a page; with neither, the offline page of the page's language
 *   (/uk/offline/ for a page under /uk/, /en/offline/ under /en/, else /offline/).
 * - /_astro/ assets and JSON data: stale-while-revalidate (answer from the cache, refresh behind).
 * The page cache is also where "Zapisz województwo do użytku offline" (src/scripts/save-offline.ts)
 * puts the pages of a województwo, so both read the same PAGES_CACHE.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateSW, type RuntimeCaching } from 'workbox-build';
import { loadRegions } from '../../src/data/reference.ts';
import { DEFAULT_LANG, LANGS, localized, splitLang, type Lang } from '../../src/i18n/langs.ts';
import { existsIn, langsOf, linkIn } from '../../src/i18n/pages.ts';
import { paths } from '../../src/lib/directory/paths.ts';

export const PAGES_CACHE = 'katalog-strony';
export const ASSETS_CACHE = 'katalog-zasoby';
export const DATA_CACHE = 'katalog-dane';
const NETWORK_TIMEOUT_S = 4;

/**
 * The app shell's pages by their Polish path, each precached in every language src/i18n/pages.ts gives it;
 * `withSubpages`: also every page under it that the build made in that language (the informator's articles).
 */
const SHELL_PAGES: readonly { path: string; withSubpages?: boolean }[] = [
  { path: paths.home },
  { path: paths.catalogue, withSubpages: true },
  { path: paths.informator, withSubpages: true },
  { path: paths.helplines },
  { path: paths.offline },
];

/** The app shell's pages as globs relative to dist/, in each of their languages (`index.html`, `uk/index.html`, `en/index.html`…). */
function shellPageGlobs(): string[] {
  return SHELL_PAGES.flatMap(({ path, withSubpages }) =>
    langsOf(path).map((lang) => `${localized(lang, path).slice(1)}${withSubpages ? '**/' : ''}index.html`),
  );
}

/** The app shell, precached after the first visit (globs relative to dist/). */
const APP_SHELL = [
  '_astro/**/*.{js,css,woff2,ttf}',
  'icons/*.png',
  'favicon.svg',
  'manifest.webmanifest',
  // The builder's gmina list and national entries; a województwo's data comes with "Zapisz województwo".
  'katalog/dane/gminy.json',
  'katalog/dane/krajowe.json',
  // The statutory kinds: the builder's generic cards for any gmina, also offline.
  'katalog/dane/ustawowe.json',
  ...shellPageGlobs(),
];

/** What must exist in dist/ for a glob to match anything: its path up to the first segment with a wildcard. */
const globBase = (pattern: string): string => {
  const segments = pattern.split('/');
  const wild = segments.findIndex((segment) => /[*?{[]/.test(segment));
  return segments.slice(0, wild < 0 ? undefined : wild).join('/');
};

/** The offline page in a language: its own where the site has one (src/i18n/pages.ts), else the Polish. */
const offlinePageIn = (lang: Lang): string => linkIn(lang, paths.offline).href;

/** The offline page that answers a page request for `pathname` when neither the network nor the cache can: the page's language's. */
export const offlinePageFor = (pathname: string): string => offlinePageIn(splitLang(pathname).lang);

/** The languages other than Polish with their own offline page: their page requests get a route of their own. */
const OWN_OFFLINE_LANGS = LANGS.filter((lang) => lang !== DEFAULT_LANG && existsIn(lang, paths.offline));

type Matcher = Extract<RuntimeCaching['urlPattern'], (...args: never[]) => unknown>;

/** A page request (a navigation) of this site, in any language. */
const navigation: Matcher = ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate';

/**
 * A page request of this site under `/<lang>/` (or `/<lang>` itself, as splitLang reads it). Workbox writes a
 * matcher into sw.js as its source text, where a closure's variables do not exist: the prefix is written into the
 * function's source.
 */
function navigationIn(lang: Lang): Matcher {
  const root = JSON.stringify(`/${lang}`);
  const prefix = JSON.stringify(`/${lang}/`);
  return new Function(
    '{ request, url, sameOrigin }',
    `return sameOrigin && request.mode === 'navigate' && (url.pathname === ${root} || url.pathname.startsWith(${prefix}));`,
  ) as Matcher;
}

/**
 * The routes of page requests, one strategy for all (network first, the cache after NETWORK_TIMEOUT_S), each
 * language's with its own offline page: the other languages first, since Workbox takes the first route that
 * matches, and Polish for every other page.
 */
export function pageRoutes(): RuntimeCaching[] {
  const route = (urlPattern: Matcher, lang: Lang): RuntimeCaching => ({
    urlPattern,
    handler: 'NetworkFirst',
    options: {
      cacheName: PAGES_CACHE,
      networkTimeoutSeconds: NETWORK_TIMEOUT_S,
      cacheableResponse: { statuses: [200] },
      // The precache knows the file, not the folder URL (directoryIndex applies to requests only).
      precacheFallback: { fallbackURL: `${offlinePageIn(lang)}index.html` },
    },
  });
  return [...OWN_OFFLINE_LANGS.map((lang) => route(navigationIn(lang), lang)), route(navigation, DEFAULT_LANG)];
}

/** Every index.html under a folder of dist/, as site URLs ("/placowki/x/"). */
function pageUrls(distDir: string, folder: string): string[] {
  const root = join(distDir, folder);
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `/${relative(distDir, join(root, f)).replace(/index\.html$/, '')}`)
    .sort();
}

/** The pages of one województwo and the institution pages they link to. */
export function wojewodztwoUrls(distDir: string, wojSlug: string): string[] {
  const regionPages = pageUrls(distDir, paths.wojewodztwo(wojSlug).slice(1));
  const institutions = new Set<string>();
  const linkPattern = new RegExp(`href="(${paths.institution('').replace(/\/+$/, '')}/[^"/]+/)"`, 'g');
  for (const url of regionPages) {
    const html = readFileSync(join(distDir, url, 'index.html'), 'utf8');
    for (const match of html.matchAll(linkPattern)) institutions.add(match[1]!);
  }
  return [...regionPages, ...[...institutions].sort()];
}

export function writeOfflineLists(distDir: string): number {
  let written = 0;
  for (const woj of loadRegions().wojewodztwa.values()) {
    const urls = wojewodztwoUrls(distDir, woj.slug);
    if (urls.length === 0) continue;
    const file = join(distDir, paths.offlineList(woj.slug));
    mkdirSync(join(file, '..'), { recursive: true });
    // The catalogue builder's data for the same województwo, so a catalogue can be made offline.
    writeFileSync(file, JSON.stringify({ wojewodztwo: woj.name, urls: [...urls, paths.catalogueData(woj.slug)] }));
    written++;
  }
  return written;
}

export async function buildServiceWorker(distDir: string) {
  const result = await generateSW({
    globDirectory: distDir,
    swDest: join(distDir, 'sw.js'),
    // Sections built by other parts of the site may be absent from a build: list only what exists.
    globPatterns: APP_SHELL.filter((pattern) => existsSync(join(distDir, globBase(pattern)))),
    // The PDF engine chunk is large but must work offline.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // Hashed names are their own revision: Workbox need not add one.
    dontCacheBustURLsMatching: /^_astro\//,
    directoryIndex: 'index.html',
    // Take control on the first visit, so the app shell is ready for the next home visit. An update
    // waits until the user accepts it ("Dostępna jest nowa wersja — odśwież", src/scripts/field.ts).
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    navigateFallback: null,
    mode: 'production',
    sourcemap: false,
    runtimeCaching: [
      ...pageRoutes(),
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: ASSETS_CACHE, cacheableResponse: { statuses: [200] } },
      },
      {
        // Data the pages read (open data, lists, search data): never the lists of saved pages' contents.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('.json') && !url.pathname.startsWith('/pagefind/'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: DATA_CACHE, cacheableResponse: { statuses: [200] } },
      },
    ],
  });
  // An offline page a route falls back to but the build lacks would leave that language's pages with no answer.
  for (const route of pageRoutes()) {
    const fallback = route.options?.precacheFallback?.fallbackURL;
    if (fallback && !existsSync(join(distDir, fallback))) result.warnings.push(`${fallback} is not in the build: the pages that fall back to it get none`);
  }
  return result;
}
