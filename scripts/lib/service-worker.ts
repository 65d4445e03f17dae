/**
 * After `astro build`: the lists of pages to save per województwo (dist/offline/<woj>.json) and the
 * service worker (dist/sw.js, Workbox generateSW over dist/).
 *
 * - Precached (the app shell, downloaded once in the background after the first visit): CSS, JS
 *   chunks (the PDF engine included, so the catalogue exports offline), fonts, icons, the home,
 *   /katalog/, /informator/ (and its articles), /telefony-zaufania/ and /offline/.
 * - Pages the user visits: network first, but after NETWORK_TIMEOUT_S the cached copy is shown, so a
 *   weak connection still gets a page; with neither, /offline/.
 * - /_astro/ assets and JSON data: stale-while-revalidate (answer from the cache, refresh behind).
 * The page cache is also where "Zapisz województwo do użytku offline" (src/scripts/save-offline.ts)
 * puts the pages of a województwo, so both read the same PAGES_CACHE.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateSW } from 'workbox-build';
import { loadRegions } from '../../src/data/reference.ts';
import { paths } from '../../src/lib/directory/paths.ts';

export const PAGES_CACHE = 'katalog-strony';
export const ASSETS_CACHE = 'katalog-zasoby';
export const DATA_CACHE = 'katalog-dane';
const NETWORK_TIMEOUT_S = 4;

/** The app shell, precached after the first visit (globs relative to dist/). */
const APP_SHELL = [
  '_astro/**/*.{js,css,woff2,ttf}',
  'icons/*.png',
  'favicon.svg',
  'manifest.webmanifest',
  'index.html',
  'katalog/**/index.html',
  // The builder's gmina list and national entries; a województwo's data comes with "Zapisz województwo".
  'katalog/dane/gminy.json',
  'katalog/dane/krajowe.json',
  // The statutory kinds: the builder's generic cards for any gmina, also offline.
  'katalog/dane/ustawowe.json',
  'informator/**/index.html',
  'telefony-zaufania/index.html',
  'offline/index.html',
];

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
  return generateSW({
    globDirectory: distDir,
    swDest: join(distDir, 'sw.js'),
    // Sections built by other parts of the site may be absent from a build: list only what exists.
    globPatterns: APP_SHELL.filter((pattern) => existsSync(join(distDir, pattern.split('/')[0]!))),
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
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: PAGES_CACHE,
          networkTimeoutSeconds: NETWORK_TIMEOUT_S,
          cacheableResponse: { statuses: [200] },
          // The precache knows the file, not the folder URL (directoryIndex applies to requests only).
          precacheFallback: { fallbackURL: `${paths.offline}index.html` },
        },
      },
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
}
