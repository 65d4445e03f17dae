/**
 * No broken internal link anywhere in the built site: every href/src that starts with "/" resolves to a file in
 * dist/ (a directory to its index.html), a "#fragment" to an id on the target page, and a directory filter link
 * (/placowki/?rodzaj=…&potrzeba=…&dla=…, read with the page's own codec) names only known taxonomy ids, each parameter once. tel:, mailto: and external links are skipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { filtersFromQuery, URL_PARAMS } from '../../src/lib/search/url.ts';
import { paths } from '../../src/lib/directory/paths.ts';

const dist = inject('distDir');

const taxonomyIds = (name: string) => new Set((parseYaml(readFileSync(`content/taxonomy/${name}.yaml`, 'utf8')) as { id: string }[]).map((t) => t.id));
const KNOWN = { types: taxonomyIds('types'), needs: taxonomyIds('needs'), audiences: taxonomyIds('audiences') };

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** Internal links of a page: href and src values starting with one "/". */
function internalLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)\s*=\s*["']([^"']*)["']/g)].map((m) => decodeEntities(m[1]!)).filter((v) => v.startsWith('/') && !v.startsWith('//'));
}

const fileCache = new Map<string, string | undefined>();
/** The file a URL path is served from, or undefined. */
function resolve(root: string, path: string): string | undefined {
  const key = `${root}\0${path}`;
  if (!fileCache.has(key)) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      decoded = path;
    }
    const file = join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
    fileCache.set(key, existsSync(file) && statSync(file).isFile() ? file : undefined);
  }
  return fileCache.get(key);
}

const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idCache.has(file)) idCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!)));
  return idCache.get(file)!;
}

/** What is wrong with one link, or undefined. */
function checkLink(root: string, link: string, known = KNOWN): string | undefined {
  const [beforeHash, fragment] = link.split('#', 2) as [string, string | undefined];
  const [path, search] = beforeHash.split('?', 2) as [string, string | undefined];
  const file = resolve(root, path);
  if (!file) return `no such page: ${path}`;
  if (fragment && file.endsWith('.html') && !idsIn(file).has(decodeURIComponent(fragment))) return `no id "${fragment}" on ${path}`;
  if (search && path === paths.directory) {
    // Read with the codec the page itself uses (src/lib/search/url.ts): each parameter once, each value a known id.
    const names = new Set(Object.values(URL_PARAMS) as string[]);
    const keys = [...new URLSearchParams(search).keys()];
    const unknownParam = keys.find((k) => !names.has(k));
    if (unknownParam) return `unknown filter parameter "${unknownParam}"`;
    const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
    if (repeated) return `repeated filter parameter "${repeated}" (the page reads only the first)`;
    const filters = filtersFromQuery(search);
    for (const [key, kind] of [
      ['type', 'types'],
      ['need', 'needs'],
      ['audience', 'audiences'],
    ] as const) {
      if (filters[key] && !known[kind].has(filters[key])) return `unknown ${URL_PARAMS[key]} "${filters[key]}"`;
    }
  }
  return undefined;
}

describe('internal links in dist/', () => {
  it('every internal link on every page resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(dist)) {
      for (const link of new Set(internalLinks(readFileSync(file, 'utf8')))) {
        checked++;
        const problem = checkLink(dist, link);
        if (problem) broken.push(`${file.slice(dist.length)} → ${link}: ${problem}`);
      }
    }
    console.log(`${checked} internal links checked`);
    expect(checked).toBeGreaterThan(1000);
    expect(broken.slice(0, 30)).toEqual([]);
  });

  it('finds the links it must find, including filter links with &amp;', () => {
    expect(
      internalLinks(
        '<a href="/a/">x</a><img src="/b.svg"><a href="https://x.pl/">e</a><a href="tel:112">t</a><a href="//cdn/x">c</a><a href="/placowki/?rodzaj=ops&amp;dla=wszyscy">f</a>',
      ),
    ).toEqual(['/a/', '/b.svg', '/placowki/?rodzaj=ops&dla=wszyscy']);
  });

  it('reports a missing page, a missing fragment, an unknown filter id or parameter, and passes good links', () => {
    expect(checkLink(dist, '/nie-ma-takiej-strony/')).toBe('no such page: /nie-ma-takiej-strony/');
    expect(checkLink(dist, '/telefony-zaufania/#nie-ma-takiego-numeru')).toMatch(/no id/);
    expect(checkLink(dist, '/placowki/?rodzaj=ops&potrzeba=nie-ma')).toBe('unknown potrzeba "nie-ma"');
    expect(checkLink(dist, '/placowki/?dla=nikt')).toBe('unknown dla "nikt"');
    expect(checkLink(dist, '/placowki/?kolor=zielony')).toBe('unknown filter parameter "kolor"');
    expect(checkLink(dist, '/placowki/?potrzeba=ciaza&potrzeba=przemoc')).toMatch(/^repeated filter parameter "potrzeba"/);
    expect(checkLink(dist, '/placowki/?rodzaj=ops&potrzeba=ciaza&dla=kobiety-w-ciazy')).toBeUndefined();
    expect(checkLink(dist, '/telefony-zaufania/#numer-alarmowy-112')).toBeUndefined();
    expect(checkLink(dist, '/informator/kim-jest-asystent-rodziny/')).toBeUndefined();
    expect(checkLink(dist, '/katalog/')).toBeUndefined();
  });

  it('every filter and type link of the informator leads to the directory', () => {
    const article = readFileSync(join(dist, 'informator/wsparcie-za-zyciem/index.html'), 'utf8');
    const links = internalLinks(article);
    expect(links).toContain('/placowki/rodzaj/ops/');
    expect(links).toContain('/placowki/?potrzeba=ciaza');
    expect(links).toContain('/placowki/?dla=kobiety-w-ciazy');
  });
});
