/**
 * The languages of the interface. Polish is the site's language and lives at the root; the others live
 * under their code (`/uk/katalog/`, `/en/katalog/`). Codes are ISO 639-1: Ukrainian is `uk`, never `ua`.
 */
export const LANGS = ['pl', 'uk', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'pl';

/** Each language named in itself, for the language switcher (no flags: a flag is a country, not a language). */
export const LANG_NAMES: Record<Lang, string> = { pl: 'Polski', uk: 'Українська', en: 'English' };

/** The locale for plural rules, dates and sorting. */
export const LOCALES: Record<Lang, string> = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' };

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** A path of the site in a language: `localized('uk', '/katalog/')` → `/uk/katalog/`; Polish keeps the path. */
export const localized = (lang: Lang, path: string): string => (lang === DEFAULT_LANG ? path : `/${lang}${path}`);

/** The language of a path and the same path in Polish: `/uk/katalog/` → `{ lang: 'uk', path: '/katalog/' }`. */
export function splitLang(pathname: string): { lang: Lang; path: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
  if (match && isLang(match[1]) && match[1] !== DEFAULT_LANG) return { lang: match[1], path: match[2] ?? '/' };
  return { lang: DEFAULT_LANG, path: pathname };
}

/**
 * The static paths of a page that exists in several languages, for a route under `src/pages/[...lang]/`:
 * Polish at the root (`lang` undefined), the others under their code. The page gets its language as a prop.
 */
export const langPaths = (langs: readonly Lang[] = LANGS) =>
  langs.map((lang) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang }, props: { lang } }));

/** The addresses of one page in each of its languages: what `<link rel="alternate" hreflang>` and the switcher show. */
export const alternatesOf = (path: string, langs: readonly Lang[] = LANGS): Partial<Record<Lang, string>> =>
  Object.fromEntries(langs.map((lang) => [lang, localized(lang, path)]));
