/**
 * Size budgets over the built site (dist/), per page template: what a phone on a weak connection
 * downloads before the user does anything. Sizes, not times, so the test is stable.
 *
 * JavaScript: the module scripts a page loads before interaction, i.e. `<script type="module" src>`,
 * `<link rel="modulepreload">` and the islands' `component-url` / `renderer-url`, followed through
 * their static `import`s; a dynamic `import()` is not followed: that is how the PDF engine and the map
 * stay out of a page's first load. Total: HTML + CSS + that JS + images + fonts. All gzipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const kB = 1024;

interface Budget {
  template: string;
  path: string;
  /** Gzipped JavaScript before interaction. */
  maxJs: number;
  /** Gzipped HTML + CSS + JS + images + fonts. */
  maxTotal: number;
  /** Heavy engines this page exists to show (the map page shows the map). */
  loads?: string[];
}

/**
 * One row per page template. Why these numbers:
 * - Content pages (home, region lists, institution, helplines, offline) need only the quick exit and
 *   the offline script (about 1 kB): 10 kB leaves room for small additions, not for a framework.
 * - The home is the door for a family on a phone with a weak signal: ≤ 50 kB in total.
 * - An institution page is what people share and open from a text message: ≤ 60 kB in total.
 * - The directory and its region pages may gain the filter island (issue 3) but load the map only
 *   when it is opened: ≤ 30 kB of JavaScript before the map opens.
 * - The catalogue builder ships React and the builder (≤ 150 kB, the budget); the PDF engine
 *   (~460 kB) loads only when the PDF is asked for.
 * - The contribution form ships React and the form; its checks (the schemas with opening_hours,
 *   ~230 kB) load right after the form appears, by dynamic import, so they are not counted here.
 * - Search and map: Pagefind's index and Leaflet load on the first query / when the map opens.
 */
const BUDGETS: Budget[] = [
  { template: 'home', path: '/', maxJs: 10 * kB, maxTotal: 50 * kB },
  { template: 'directory', path: '/placowki/', maxJs: 30 * kB, maxTotal: 80 * kB },
  { template: 'województwo', path: '/placowki/mazowieckie/', maxJs: 30 * kB, maxTotal: 80 * kB },
  { template: 'powiat', path: '/placowki/podlaskie/powiat-sokolski/', maxJs: 30 * kB, maxTotal: 80 * kB },
  { template: 'gmina', path: '/placowki/podlaskie/powiat-sokolski/dabrowa-bialostocka/', maxJs: 30 * kB, maxTotal: 80 * kB },
  { template: 'type', path: '/placowki/rodzaj/ops/', maxJs: 30 * kB, maxTotal: 80 * kB },
  { template: 'institution', path: '/placowka/mops-dabrowa-bialostocka/', maxJs: 10 * kB, maxTotal: 60 * kB },
  { template: 'helplines', path: '/telefony-zaufania/', maxJs: 10 * kB, maxTotal: 60 * kB },
  { template: 'offline', path: '/offline/', maxJs: 10 * kB, maxTotal: 40 * kB },
  { template: 'catalogue builder', path: '/katalog/', maxJs: 150 * kB, maxTotal: 220 * kB },
  { template: 'informator index', path: '/informator/', maxJs: 10 * kB, maxTotal: 50 * kB },
  { template: 'informator article', path: '/informator/kim-jest-asystent-rodziny/', maxJs: 10 * kB, maxTotal: 60 * kB },
  { template: 'contribution form', path: '/zglos/', maxJs: 90 * kB, maxTotal: 150 * kB },
  { template: 'open data', path: '/dane/', maxJs: 10 * kB, maxTotal: 50 * kB },
  { template: 'search', path: '/szukaj/', maxJs: 100 * kB, maxTotal: 160 * kB },
  // The map page is the map: Leaflet, clustering and React load at once (client:only).
  { template: 'map', path: '/mapa/', maxJs: 150 * kB, maxTotal: 200 * kB, loads: ['the map (Leaflet)'] },
];

/** Text in the code of the heavy engines: none of it may be in a page's first load. */
const LAZY_ONLY: [string, string][] = [
  ['the PDF engine (@react-pdf/renderer)', 'registerHyphenationCallback'],
  ['the map (Leaflet)', 'leaflet-pane'],
];

const dist = inject('distDir');
const fileOf = (url: string) => join(dist, decodeURIComponent(url.endsWith('/') ? `${url}index.html` : url));
const gzipped = (url: string) => gzipSync(readFileSync(fileOf(url))).length;
const attrs = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);
const sameSite = (url: string) => url.startsWith('/') && !url.startsWith('//');

/** Static imports and re-exports of a chunk; `import(` (dynamic) never matches. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;

function moduleGraph(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.filter(sameSite);
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(fileOf(url), 'utf8');
    for (const spec of attrs(code, STATIC_IMPORT)) {
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(new URL(spec, `http://site${url}`).pathname);
    }
  }
  return [...seen];
}

/**
 * Islands that load before the user does anything. `client:interaction` (src/integrations/
 * interaction-directive.ts) waits for the first touch, focus or key press, so it is not counted.
 */
function eagerIslands(html: string): string[] {
  return attrs(html, /(<astro-island\b[^>]*>)/g).filter((tag) => !/\bclient="interaction"/.test(tag));
}

function pageLoad(path: string) {
  const html = readFileSync(fileOf(path), 'utf8');
  const scripts = moduleGraph([
    ...attrs(html, /<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...attrs(html, /<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
    ...eagerIslands(html).flatMap((tag) => [...attrs(tag, /\bcomponent-url="([^"]+)"/g), ...attrs(tag, /\brenderer-url="([^"]+)"/g)]),
  ]);
  const styles = attrs(html, /<link[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g).filter(sameSite);
  const css = styles.map((u) => readFileSync(fileOf(u), 'utf8')).join('\n') + attrs(html, /<style[^>]*>([^<]*)<\/style>/g).join('\n');
  const fonts = [
    ...attrs(css, /url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g),
    ...attrs(html, /<link[^>]*\bas="font"[^>]*\bhref="([^"]+)"/g),
  ].filter(sameSite);
  const images = [
    ...attrs(html, /<img[^>]*\bsrc="([^"]+)"/g),
    ...attrs(html, /<link[^>]*\brel="icon"[^>]*\bhref="([^"]+)"/g),
  ].filter(sameSite);
  const sum = (urls: string[]) => [...new Set(urls)].reduce((n, u) => n + gzipped(u), 0);
  const js = sum(scripts);
  const total = gzipSync(html).length + sum(styles) + js + sum(fonts) + sum(images);
  return { html, scripts, fonts, js, total };
}

describe('size budgets per page template (gzipped)', () => {
  const measured = BUDGETS.map((b) => ({ ...b, ...pageLoad(b.path) }));
  console.table(
    measured.map((m) => ({ template: m.template, 'JS kB': +(m.js / kB).toFixed(1), 'JS budget kB': m.maxJs / kB, 'total kB': +(m.total / kB).toFixed(1), 'total budget kB': m.maxTotal / kB })),
  );

  it.each(measured)('$template ($path): JavaScript before interaction and total weight within budget', (m) => {
    expect(m.js).toBeGreaterThan(0); // the quick exit is on every page: zero would mean the parser broke
    expect(m.js, `JavaScript: ${(m.js / kB).toFixed(1)} kB`).toBeLessThanOrEqual(m.maxJs);
    expect(m.total, `total: ${(m.total / kB).toFixed(1)} kB`).toBeLessThanOrEqual(m.maxTotal);
  });

  it.each(measured)('$template ($path): the PDF engine, the map and the PDF fonts are not in the first load', (m) => {
    const code = m.scripts.map((u) => readFileSync(fileOf(u), 'utf8')).join('\n');
    for (const [name, marker] of LAZY_ONLY) {
      expect(code.includes(marker), `${name} is loaded before interaction`).toBe(m.loads?.includes(name) ?? false);
    }
    // The PDF fonts are TrueType files; the site itself uses system fonts.
    expect(m.fonts.filter((f) => /\.(?:ttf|otf)$/i.test(f) || /noto/i.test(f))).toEqual([]);
  });

  it('the module graph follows static imports and stops at dynamic import()', () => {
    const code = 'import{a as b}from"./one.js";import"./two.js";export*from"./three.js";const p=()=>import("./lazy.js");';
    expect(attrs(code, STATIC_IMPORT)).toEqual(['./one.js', './two.js', './three.js']);
  });

  it('every budgeted page exists in the build', () => {
    for (const b of BUDGETS) expect(existsSync(fileOf(b.path)), b.path).toBe(true);
  });
});
