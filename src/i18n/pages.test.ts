import { describe, expect, it } from 'vitest';
import { paths } from '../lib/directory/paths.ts';
import { site } from '../site.config.ts';
import { LANGS } from './langs.ts';
import { pl as sitePl } from './locales/site/pl.ts';
import { alternatesFor, existsIn, langsOf, linkIn, PAGE_LANGS, pathsOf } from './pages.ts';

describe('which pages exist in which languages', () => {
  it('names each page by its Polish path from paths.ts, always with Polish and only known languages', () => {
    const known = new Set<unknown>(Object.values(paths).filter((p) => typeof p === 'string'));
    for (const [path, langs] of Object.entries(PAGE_LANGS)) {
      expect(known.has(path), path).toBe(true);
      expect(langs, path).toContain('pl');
      for (const lang of langs) expect(LANGS, path).toContain(lang);
      expect(new Set(langs).size, path).toBe(langs.length);
    }
  });

  it('gives a page missing from the list Polish only', () => {
    expect(langsOf(paths.directory)).toEqual(['pl']);
    expect(existsIn('uk', paths.easyToRead)).toBe(false);
    expect(existsIn('pl', paths.easyToRead)).toBe(true);
    expect(existsIn('en', paths.privacy)).toBe(true);
  });

  it('links to the page in the same language where it exists, else to the Polish page, said to be Polish', () => {
    expect(linkIn('uk', paths.privacy)).toEqual({ href: '/uk/prywatnosc/', lang: 'uk' });
    expect(linkIn('en', paths.home)).toEqual({ href: '/en/', lang: 'en' });
    expect(linkIn('uk', paths.directory)).toEqual({ href: '/placowki/', lang: 'pl' });
    expect(linkIn('en', `${paths.helplines}#116111`)).toEqual({ href: '/telefony-zaufania/#116111', lang: 'pl' });
    expect(linkIn('en', `${paths.privacy}#mapa`)).toEqual({ href: '/en/prywatnosc/#mapa', lang: 'en' });
    expect(linkIn('pl', paths.directory)).toEqual({ href: '/placowki/', lang: 'pl' });
  });

  it('gives a route its static paths and its alternates from the same list', () => {
    expect(pathsOf('/informator/').map((p) => p.props.lang)).toEqual(['pl', 'uk']);
    expect(alternatesFor(paths.accessibility)).toEqual({
      pl: '/deklaracja-dostepnosci/',
      uk: '/uk/deklaracja-dostepnosci/',
      en: '/en/deklaracja-dostepnosci/',
    });
    expect(alternatesFor(paths.directory)).toEqual({ pl: '/placowki/' });
  });

  it('keeps the Polish tagline of the chrome the site’s own', () => {
    expect(sitePl.tagline).toBe(site.tagline);
  });
});
