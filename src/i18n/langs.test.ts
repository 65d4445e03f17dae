import { describe, expect, it } from 'vitest';
import { alternatesOf, isLang, langPaths, localized, splitLang } from './langs.ts';

describe('languages in paths', () => {
  it('keeps Polish at the root and puts the others under their code', () => {
    expect(localized('pl', '/katalog/')).toBe('/katalog/');
    expect(localized('uk', '/katalog/')).toBe('/uk/katalog/');
    expect(localized('en', '/')).toBe('/en/');
  });

  it('reads the language back from a path, and only a known one', () => {
    expect(splitLang('/uk/katalog/')).toEqual({ lang: 'uk', path: '/katalog/' });
    expect(splitLang('/en')).toEqual({ lang: 'en', path: '/' });
    expect(splitLang('/katalog/')).toEqual({ lang: 'pl', path: '/katalog/' });
    expect(splitLang('/ua/katalog/')).toEqual({ lang: 'pl', path: '/ua/katalog/' });
    expect(splitLang('/pl/katalog/')).toEqual({ lang: 'pl', path: '/pl/katalog/' });
  });

  it('knows Ukrainian as uk, not ua', () => {
    expect(isLang('uk')).toBe(true);
    expect(isLang('ua')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});

describe('a page in several languages', () => {
  it('gives Polish the root and each other language its folder', () => {
    expect(langPaths()).toEqual([
      { params: { lang: undefined }, props: { lang: 'pl' } },
      { params: { lang: 'uk' }, props: { lang: 'uk' } },
      { params: { lang: 'en' }, props: { lang: 'en' } },
    ]);
    expect(alternatesOf('/katalog/')).toEqual({ pl: '/katalog/', uk: '/uk/katalog/', en: '/en/katalog/' });
    expect(alternatesOf('/informator/x/', ['pl', 'uk'])).toEqual({ pl: '/informator/x/', uk: '/uk/informator/x/' });
  });
});
