/**
 * Which pages exist in which languages: the one list the layout reads to write the language switcher, the
 * hreflang alternates and the navigation of a Ukrainian or English page. A page missing here exists in Polish only
 * (the directory, the map, the form, the easy-to-read page…); a link to it from another language goes
 * to the Polish page and says so. A path is the Polish one (src/lib/directory/paths.ts), one page each: an article of
 * the informator says its own languages through the alternates its page gives the layout.
 */
import { alternatesOf, DEFAULT_LANG, langPaths, LANGS, localized, type Lang } from './langs.ts';

export const PAGE_LANGS: Readonly<Record<string, readonly Lang[]>> = {
  '/': LANGS,
  '/katalog/': LANGS,
  '/informator/': ['pl', 'uk'],
  '/szukaj/': LANGS,
  '/prywatnosc/': LANGS,
  '/deklaracja-dostepnosci/': LANGS,
  '/offline/': LANGS,
};

/** The languages of a Polish path (Polish only when the list does not name it). */
export const langsOf = (path: string): readonly Lang[] => PAGE_LANGS[path] ?? [DEFAULT_LANG];

/** Whether the Polish path exists in a language. */
export const existsIn = (lang: Lang, path: string): boolean => langsOf(path).includes(lang);

/**
 * Where a link of a page in `lang` to the Polish `path` goes: the same page in that language where it exists,
 * else the Polish page, with `lang: 'pl'` so the link can say it is in Polish (and carry hreflang="pl").
 */
export function linkIn(lang: Lang, path: string): { href: string; lang: Lang } {
  const [bare, rest = ''] = splitAt(path);
  return existsIn(lang, bare) ? { href: localized(lang, bare) + rest, lang } : { href: path, lang: DEFAULT_LANG };
}

const splitAt = (path: string): [string, string?] => {
  const i = path.search(/[?#]/);
  return i < 0 ? [path] : [path.slice(0, i), path.slice(i)];
};

/** The static paths of a page under src/pages/[...lang]/, in the languages this list gives it. */
export const pathsOf = (path: string) => langPaths(langsOf(path));

/** The page's address in each of its languages, for Base's `alternates`. */
export const alternatesFor = (path: string) => alternatesOf(path, langsOf(path));
