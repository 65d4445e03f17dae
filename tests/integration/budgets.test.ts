/**
 * Size budgets over the built site (dist/), per page template: what a phone on a weak connection
 * downloads before the user does anything, and for the directory also once its filter is used.
 * Sizes, not times, so the test is stable.
 *
 * JavaScript: the module scripts a page loads before interaction, i.e. `<script type="module" src>`,
 * `<link rel="modulepreload">` and the islands' `component-url` / `renderer-url`, followed through
 * their static `import`s; a dynamic `import()` is not followed: that is how the PDF engine and the map
 * stay out of a page's first load. An island with `client:interaction` waits for the first touch: it is
 * not in the first load, but it is in "after first use" (the same graph with every island).
 * The directory's filter is Preact, not React, so that after its first use /placowki/ still ships at
 * most 30 kB of JavaScript and no React (react-dom alone is ~60 kB).
 * Total: HTML + CSS + the JS before interaction + images + fonts. All gzipped.
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
  /** Gzipped JavaScript once every island waiting for an interaction has hydrated; React must not be in it. */
  maxJsAfterUse?: number;
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
 * - The directory and its region pages: ≤ 30 kB of JavaScript, before and after the first use of the
 *   filter (a Preact island hydrated on the first interaction); the map loads only on /mapa/.
 * - The catalogue builder ships React and the builder (≤ 90 kB, the budget; its words come as props); the PDF engine
 *   (~460 kB) loads only when the PDF is asked for.
 * - The contribution form ships React and the form; its checks (the schemas with opening_hours,
 *   ~230 kB) load right after the form appears, by dynamic import, so they are not counted here.
 * - Search and map: Pagefind's index and Leaflet load on the first query / when the map opens. The
 *   map page also carries the directory's filter (Preact) around the map (React, for react-leaflet).
 */
const BUDGETS: Budget[] = [
  { template: 'home', path: '/', maxJs: 10 * kB, maxTotal: 50 * kB },
  { template: 'directory', path: '/placowki/', maxJs: 30 * kB, maxJsAfterUse: 30 * kB, maxTotal: 80 * kB },
  { template: 'województwo', path: '/placowki/mazowieckie/', maxJs: 30 * kB, maxJsAfterUse: 30 * kB, maxTotal: 80 * kB },
  { template: 'powiat', path: '/placowki/podlaskie/powiat-sokolski/', maxJs: 30 * kB, maxJsAfterUse: 30 * kB, maxTotal: 80 * kB },
  { template: 'gmina', path: '/placowki/podlaskie/powiat-sokolski/dabrowa-bialostocka/', maxJs: 30 * kB, maxJsAfterUse: 30 * kB, maxTotal: 80 * kB },
  { template: 'type', path: '/placowki/rodzaj/ops/', maxJs: 30 * kB, maxJsAfterUse: 30 * kB, maxTotal: 80 * kB },
  { template: 'institution', path: '/placowka/mops-dabrowa-bialostocka/', maxJs: 10 * kB, maxTotal: 60 * kB },
  { template: 'helplines', path: '/telefony-zaufania/', maxJs: 10 * kB, maxTotal: 60 * kB },
  // The coverage map is SVG drawn at build time, with its tables: no script of its own (issue budget: 150 kB with the SVG).
  { template: 'coverage', path: '/pokrycie/', maxJs: 10 * kB, maxTotal: 150 * kB },
  { template: 'offline', path: '/offline/', maxJs: 10 * kB, maxTotal: 40 * kB },
  { template: 'catalogue builder', path: '/katalog/', maxJs: 90 * kB, maxTotal: 220 * kB },
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

/** Text in React's own code (React 19's element type, in react and react-dom alike); Preact has none of it. */
const REACT_MARKER = 'react.transitional.element';

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

const islands = (html: string) => attrs(html, /(<astro-island\b[^>]*>)/g);
/** `client:interaction` (src/integrations/interaction-directive.ts) waits for the first touch, focus or key press. */
const waitsForInteraction = (tag: string) => /\bclient="interaction"/.test(tag);

/** The JavaScript of a page: its module scripts and the given islands, through their static imports. */
function scriptsOf(html: string, islandTags: string[]): string[] {
  return moduleGraph([
    ...attrs(html, /<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...attrs(html, /<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
    ...islandTags.flatMap((tag) => [...attrs(tag, /\bcomponent-url="([^"]+)"/g), ...attrs(tag, /\brenderer-url="([^"]+)"/g)]),
  ]);
}

function pageLoad(path: string) {
  const html = readFileSync(fileOf(path), 'utf8');
  // Before interaction: the islands that do not wait for one. After first use: every island.
  const scripts = scriptsOf(
    html,
    islands(html).filter((tag) => !waitsForInteraction(tag)),
  );
  const scriptsAfterUse = scriptsOf(html, islands(html));
  const styles = attrs(html, /<link[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g).filter(sameSite);
  const css = styles.map((u) => readFileSync(fileOf(u), 'utf8')).join('\n') + attrs(html, /<style[^>]*>([^<]*)<\/style>/g).join('\n');
  const fonts = [...attrs(css, /url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g), ...attrs(html, /<link[^>]*\bas="font"[^>]*\bhref="([^"]+)"/g)].filter(
    sameSite,
  );
  const images = [...attrs(html, /<img[^>]*\bsrc="([^"]+)"/g), ...attrs(html, /<link[^>]*\brel="icon"[^>]*\bhref="([^"]+)"/g)].filter(sameSite);
  const sum = (urls: string[]) => [...new Set(urls)].reduce((n, u) => n + gzipped(u), 0);
  const js = sum(scripts);
  const total = gzipSync(html).length + sum(styles) + js + sum(fonts) + sum(images);
  const waiting = islands(html).filter(waitsForInteraction).length;
  return { html, scripts, fonts, js, total, scriptsAfterUse, jsAfterUse: sum(scriptsAfterUse), waiting };
}

describe('size budgets per page template (gzipped)', () => {
  const measured = BUDGETS.map((b) => ({ ...b, ...pageLoad(b.path) }));
  console.table(
    measured.map((m) => ({
      template: m.template,
      'JS kB': +(m.js / kB).toFixed(1),
      'JS budget kB': m.maxJs / kB,
      'JS after use kB': +(m.jsAfterUse / kB).toFixed(1),
      'after-use budget kB': m.maxJsAfterUse ? m.maxJsAfterUse / kB : '',
      'total kB': +(m.total / kB).toFixed(1),
      'total budget kB': m.maxTotal / kB,
    })),
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

  const afterUse = measured.filter((m) => m.maxJsAfterUse !== undefined);
  it.each(afterUse)('$template ($path): JavaScript after the first use of the filter within budget, and no React in it', (m) => {
    expect(m.jsAfterUse, `JavaScript after first use: ${(m.jsAfterUse / kB).toFixed(1)} kB`).toBeLessThanOrEqual(m.maxJsAfterUse!);
    const code = m.scriptsAfterUse.map((u) => readFileSync(fileOf(u), 'utf8')).join('\n');
    expect(code.includes(REACT_MARKER), 'React is loaded once the filter is used').toBe(false);
  });

  it('the directory\'s filter waits for an interaction, and "after first use" counts it', () => {
    const directory = measured.find((m) => m.path === '/placowki/')!;
    expect(directory.waiting).toBe(1);
    expect(directory.scripts.some((u) => u.includes('DirectoryFilter'))).toBe(false);
    expect(directory.scriptsAfterUse.some((u) => u.includes('DirectoryFilter'))).toBe(true);
    expect(directory.jsAfterUse).toBeGreaterThan(directory.js);
  });

  it('the React marker is in React\'s code, so "no React" above can fail', () => {
    const map = measured.find((m) => m.path === '/mapa/')!; // react-leaflet: real React
    const code = map.scripts.map((u) => readFileSync(fileOf(u), 'utf8')).join('\n');
    expect(code.includes(REACT_MARKER)).toBe(true);
  });

  it('the module graph follows static imports and stops at dynamic import()', () => {
    const code = 'import{a as b}from"./one.js";import"./two.js";export*from"./three.js";const p=()=>import("./lazy.js");';
    expect(attrs(code, STATIC_IMPORT)).toEqual(['./one.js', './two.js', './three.js']);
  });

  it('every budgeted page exists in the build', () => {
    for (const b of BUDGETS) expect(existsSync(fileOf(b.path)), b.path).toBe(true);
  });
});
