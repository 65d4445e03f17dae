/**
 * The catalogue builder in three languages over the real build: each page carries its own language's words and no
 * other's. The words come as the island's props, so the builder's first-load JavaScript holds no language at all:
 * no Cyrillic on /katalog/ (nor on /uk/katalog/, which loads the same scripts), and Ukrainian and English words only
 * on their own pages. A page in another language also carries the printed catalogue's Polish words (a Polish or
 * bilingual PDF).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pl as builderPl } from '../../src/i18n/locales/builder/pl.ts';
import { en as builderEn } from '../../src/i18n/locales/builder/en.ts';
import { uk as builderUk } from '../../src/i18n/locales/builder/uk.ts';
import { pl as pdfPl } from '../../src/i18n/locales/pdf/pl.ts';

const dist = inject('distDir');
const fileOf = (url: string) => join(dist, decodeURIComponent(url.endsWith('/') ? `${url}index.html` : url));
const attrs = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;

/** The scripts a page loads before interaction: its module scripts and islands, followed through their static imports. */
function firstLoad(html: string): string[] {
  const queue = [
    ...attrs(html, /<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...attrs(html, /<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
    ...attrs(html, /\bcomponent-url="([^"]+)"/g),
    ...attrs(html, /\brenderer-url="([^"]+)"/g),
  ].filter((u) => u.startsWith('/'));
  const seen = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    for (const spec of attrs(readFileSync(fileOf(url), 'utf8'), STATIC_IMPORT))
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(new URL(spec, `http://site${url}`).pathname);
  }
  return [...seen];
}

const page = (path: string) => {
  const html = readFileSync(fileOf(path), 'utf8');
  const island = /<astro-island\b[^>]*component-url="[^"]*CatalogueBuilder[^"]*"[^>]*>/.exec(html)?.[0] ?? '';
  const props = (/\bprops="([^"]*)"/.exec(island)?.[1] ?? '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'");
  const scripts = firstLoad(html);
  return { html, props, scripts, js: scripts.map((u) => readFileSync(fileOf(u), 'utf8')).join('\n') };
};

const CYRILLIC = /[\u0400-\u04FF]/;
const builderJs = (scripts: string[]) => scripts.filter((u) => /CatalogueBuilder/.test(u));

describe('the catalogue builder in Polish, Ukrainian and English', () => {
  const pl = page('/katalog/');
  const uk = page('/uk/katalog/');
  const en = page('/en/katalog/');

  it('builds each language at its address, with its html lang and the island', () => {
    expect(pl.html).toMatch(/<html lang="pl"/);
    expect(uk.html).toMatch(/<html lang="uk"/);
    expect(en.html).toMatch(/<html lang="en"/);
    for (const p of [pl, uk, en]) {
      expect(p.props.length).toBeGreaterThan(1000);
      expect(builderJs(p.scripts)).toHaveLength(1);
    }
  });

  it('/katalog/: no Cyrillic in the first-load JavaScript nor in the island’s words; no English builder words', () => {
    expect(pl.scripts.length).toBeGreaterThan(1);
    expect(pl.js.match(CYRILLIC)?.[0], 'Cyrillic in the first-load scripts').toBeUndefined();
    expect(pl.props.match(CYRILLIC)?.[0], 'Cyrillic in the island’s props').toBeUndefined();
    for (const text of [builderEn['builder.step.0'], builderEn['file.intro'], builderEn['services.ownIntro']]) {
      expect(pl.html).not.toContain(text);
      expect(pl.js).not.toContain(text);
    }
    expect(pl.props).toContain(builderPl['builder.step.0']);
    expect(pl.props).toContain(builderPl['file.intro']);
  });

  it('the words are not in the scripts: /uk/katalog/ loads the same Cyrillic-free code as /katalog/', () => {
    expect(uk.scripts.sort()).toEqual(pl.scripts.sort());
    expect(uk.js.match(CYRILLIC)?.[0]).toBeUndefined();
    expect(pl.js).not.toContain(builderPl['services.ownIntro']);
  });

  it('/uk/katalog/ carries Ukrainian words and the printed Polish ones (for a Polish or bilingual PDF), no English', () => {
    expect(uk.props).toContain(builderUk['builder.step.0']);
    expect(uk.props).toContain(builderUk['file.intro']);
    expect(uk.props).toContain(pdfPl['pdf.goalsAndResources']);
    expect(uk.props).not.toContain(builderEn['builder.step.0']);
    expect(uk.props).not.toContain(builderPl['services.ownIntro']);
    expect(en.props).toContain(builderEn['services.ownIntro']);
    expect(en.props.match(CYRILLIC)?.[0]).toBeUndefined();
  });
});
