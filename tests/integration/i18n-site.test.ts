/**
 * The language versions over the real build (dist/): every hreflang alternate points at a page that exists and
 * names this page back; every link of the header, the switcher and the footer of a Ukrainian or English page
 * exists, goes to a page in the same language or says it is Polish; a Polish page's JavaScript carries none of
 * the Ukrainian or English words of the chrome.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/i18n/locales/site/en.ts';
import { uk } from '../../src/i18n/locales/site/uk.ts';
import { PAGE_LANGS } from '../../src/i18n/pages.ts';

const dist = inject('distDir');

function htmlFiles(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(dir, join(base, e.name)) : e.name === 'index.html' ? [`/${base ? `${base}/` : ''}`] : [],
  );
}
const pages = htmlFiles(dist).filter((p) => !p.startsWith('/pagefind/'));
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const exists = (path: string) => existsSync(join(dist, path.split(/[?#]/)[0]!, 'index.html'));
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** `<link rel="alternate" hreflang>` of a page: language → site path. */
function alternates(page: string): Record<string, string> {
  return Object.fromEntries(
    [...html(page).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(decode(m[2]!)).pathname]),
  );
}
/** The links of one part of a page (the header's navigations, the footer): href, hreflang and text. */
function linksIn(page: string, part: RegExp): { href: string; hreflang?: string; lang?: string; text: string }[] {
  const block = part.exec(html(page))?.[0] ?? '';
  return [...block.matchAll(/<a ([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\s?${name}="([^"]*)"`).exec(` ${m[1]}`)?.[1];
    return { href: decode(attr('href') ?? ''), hreflang: attr('hreflang'), lang: attr('lang'), text: m[2]!.replace(/<[^>]+>/g, '').trim() };
  });
}
const HEADER = /<header[\s\S]*?<\/header>/;
const FOOTER = /<footer[\s\S]*?<\/footer>/;
const SWITCHER = /<nav class="lang-switch"[\s\S]*?<\/nav>/;
const other = pages.filter((p) => /^\/(uk|en)\//.test(p));

describe('the language versions in the build', () => {
  it('builds each page of src/i18n/pages.ts in each of its languages, and no other under /uk/ or /en/', () => {
    for (const [path, langs] of Object.entries(PAGE_LANGS)) {
      for (const lang of langs) expect(exists(lang === 'pl' ? path : `/${lang}${path}`), `${lang} ${path}`).toBe(true);
    }
    expect(other.length).toBeGreaterThanOrEqual(8);
    for (const page of other) {
      const [, lang, rest] = /^\/(uk|en)(\/.*)$/.exec(page)!;
      const listed = Object.entries(PAGE_LANGS).some(
        ([path, langs]) => (rest === path || (path !== '/' && rest!.startsWith(path))) && langs.includes(lang as 'uk'),
      );
      expect(listed, page).toBe(true);
    }
  });

  it.each(other)('%s: <html lang> is its language', (page) => {
    expect(html(page)).toMatch(new RegExp(`<html lang="${page.slice(1, 3)}"`));
  });

  it('every hreflang alternate exists and names the page back (reciprocal), on every page that has them', () => {
    const withAlternates = pages.filter((p) => Object.keys(alternates(p)).length > 0);
    expect(withAlternates.length).toBeGreaterThanOrEqual(12);
    const wrong: string[] = [];
    for (const page of withAlternates) {
      const own = alternates(page);
      const lang = /^\/(uk|en)\//.exec(page)?.[1] ?? 'pl';
      if (own[lang] !== page) wrong.push(`${page}: does not list itself as ${lang}`);
      for (const [hreflang, target] of Object.entries(own)) {
        if (!exists(target)) wrong.push(`${page}: ${hreflang} → ${target} is not built`);
        else if (JSON.stringify(alternates(target)) !== JSON.stringify(own)) wrong.push(`${page}: ${target} does not give the same alternates back`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(other)('%s: every link of the header and the footer exists; one to a Polish page says so, with hreflang="pl"', (page) => {
    const lang = page.slice(1, 3);
    const inPolish = lang === 'uk' ? uk['link.inPolish'] : en['link.inPolish'];
    const links = [...linksIn(page, HEADER), ...linksIn(page, FOOTER)].filter((l) => l.href.startsWith('/'));
    expect(links.length).toBeGreaterThanOrEqual(12);
    for (const link of links) {
      expect(exists(link.href), `${link.text} → ${link.href}`).toBe(true);
      const switcherLink = linksIn(page, SWITCHER).some((s) => s.href === link.href && s.text === link.text);
      if (switcherLink || link.href === `/${lang}/`) continue;
      if (link.href.startsWith(`/${lang}/`)) {
        expect(link.hreflang, link.href).toBeUndefined();
        expect(link.text, link.href).not.toContain(inPolish);
      } else {
        expect(link.hreflang, link.href).toBe('pl');
        expect(link.text, link.href).toContain(inPolish);
      }
    }
  });

  it.each(pages.filter((p) => ['/', '/placowki/', '/uk/', '/en/prywatnosc/', '/tekst-latwy-do-czytania/'].includes(p)))(
    '%s: the switcher names each language in itself (lang, hreflang), marks the current one, and leads to pages that exist',
    (page) => {
      const lang = /^\/(uk|en)\//.exec(page)?.[1] ?? 'pl';
      const links = linksIn(page, SWITCHER);
      expect(links.map((l) => l.lang)).toEqual(['pl', 'uk', 'en']);
      expect(links.map((l) => l.hreflang)).toEqual(['pl', 'uk', 'en']);
      expect(links.map((l) => l.text.split(' (')[0])).toEqual(['Polski', 'Українська', 'English']);
      const current = [...(SWITCHER.exec(html(page))?.[0] ?? '').matchAll(/<a [^>]*aria-current="page"[^>]*>/g)];
      expect(current).toHaveLength(1);
      expect(current[0]![0]).toContain(`lang="${lang}"`);
      for (const link of links) expect(exists(link.href), link.href).toBe(true);
    },
  );

  it('on a page in Polish only, the switcher offers the other languages’ home pages and says so', () => {
    const links = linksIn('/placowki/', SWITCHER);
    expect(links.find((l) => l.lang === 'uk')).toMatchObject({ href: '/uk/', text: `Українська (${uk['langs.home']})` });
    expect(links.find((l) => l.lang === 'en')).toMatchObject({ href: '/en/', text: `English (${en['langs.home']})` });
  });

  it('a Polish page’s JavaScript carries no Ukrainian or English word of the chrome', () => {
    const words = [...Object.values(uk), ...Object.values(en)].filter((w) => w.length >= 8 && !/^\(|\{/.test(w));
    for (const page of ['/', '/placowki/podlaskie/', '/prywatnosc/']) {
      const scripts = [...html(page).matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const src of scripts) {
        const js = readFileSync(join(dist, src), 'utf8');
        expect(/[\u0400-\u04ff]/.test(js), `${page} ${src}: Cyrillic`).toBe(false);
        expect(
          words.filter((w) => js.includes(w)),
          `${page} ${src}`,
        ).toEqual([]);
      }
    }
  });
});
