/**
 * Translations checked against the Polish they translate: every term of a translated taxonomy names a Polish
 * term, and every Polish term has its translation (a missing one is an error: the site never falls back to
 * Polish in silence); a translated article names an existing Polish article and related articles of its language.
 */
import { TRANSLATED_LANGS, translationLang, type TranslatedLang } from '../../schemas/translation.ts';
import { error, type Issue } from './issue.ts';

export interface CheckedList {
  file: string;
  /** The ids of the items that passed their schema. */
  ids: string[];
  /** Every item's id as written, valid or not (a translation file's broken items are not also "missing"). */
  written?: string[];
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

const baseName = (file: string) => file.replace(/\\/g, '/').replace(/^.*\//, '');
const LANG_NAMES: Record<TranslatedLang, string> = { uk: 'ukraińskim', en: 'angielskim' };

/** The translation file of a Polish taxonomy file: content/taxonomy/types.yaml → content/taxonomy/uk/types.yaml. */
export const translationFileOf = (polishFile: string, lang: TranslatedLang) => polishFile.replace(/\\/g, '/').replace(/([^/]+)$/, `${lang}/$1`);

export function checkTermTranslations(polish: readonly CheckedList[], translated: readonly CheckedList[]): Issue[] {
  const issues: Issue[] = [];
  for (const source of polish) {
    const known = new Set(source.ids);
    for (const lang of TRANSLATED_LANGS) {
      const expected = translationFileOf(source.file, lang);
      const own = translated.find((t) => t.file.replace(/\\/g, '/') === expected);
      if (!own) {
        issues.push(
          error(
            expected,
            '',
            `Brak pliku z tłumaczeniem na język ${LANG_NAMES[lang]} pojęć z ${source.file}. Utwórz go: dla każdego pojęcia „- id: …”, name, description (id takie jak w pliku polskim).`,
          ),
        );
        continue;
      }
      own.ids.forEach((id, i) => {
        if (!known.has(id)) {
          issues.push(
            error(
              own.file,
              `${i}.id`,
              `Pojęcie „${id}” nie istnieje w ${source.file}. Tłumaczenie musi mieć id pojęcia polskiego: popraw id albo usuń ten element.`,
              own.lineOf?.([i, 'id']),
            ),
          );
        }
      });
      const have = new Set(own.written ?? own.ids);
      for (const id of source.ids.filter((id) => !have.has(id))) {
        issues.push(
          error(
            own.file,
            '',
            `Brak tłumaczenia pojęcia „${id}” z ${source.file}. Dopisz je: „- id: ${id}”, name i description w języku ${LANG_NAMES[lang]} (bez tłumaczenia strona nie pokaże tego pojęcia).`,
          ),
        );
      }
    }
  }
  // A translation file of a taxonomy that has no Polish file.
  for (const t of translated) {
    if (!polish.some((p) => TRANSLATED_LANGS.some((lang) => translationFileOf(p.file, lang) === t.file.replace(/\\/g, '/')))) {
      issues.push(
        error(
          t.file,
          '',
          `Plik ${baseName(t.file)} nie ma odpowiednika polskiego w content/taxonomy/. Sprawdź nazwę pliku (types, needs, forms, audiences, resources).`,
        ),
      );
    }
  }
  return issues;
}

export interface ArticleRef {
  file: string;
  slug: string;
  original?: string;
  related: string[];
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** A translated article names a Polish article that exists, and related articles of its own language. */
export function checkArticleTranslations(polishSlugs: ReadonlySet<string>, translated: readonly ArticleRef[]): Issue[] {
  const issues: Issue[] = [];
  for (const a of translated) {
    const lang = translationLang(a.file);
    const sameLang = new Set(translated.filter((b) => translationLang(b.file) === lang).map((b) => b.slug));
    if (a.original !== undefined && !polishSlugs.has(a.original)) {
      issues.push(
        error(
          a.file,
          'original',
          `Artykuł polski „${a.original}” nie istnieje w content/informator/. Wpisz nazwę pliku polskiego artykułu bez .md albo usuń pole, gdy artykuł nie jest tłumaczeniem.`,
          a.lineOf(['original']),
        ),
      );
    }
    a.related.forEach((slug, i) => {
      if (!sameLang.has(slug) || slug === a.slug) {
        issues.push(
          error(
            a.file,
            `related.${i}`,
            `Powiązany artykuł „${slug}” nie istnieje w tym samym języku (content/informator/${lang}/). Wpisz nazwę pliku artykułu w tym języku bez .md.`,
            a.lineOf(['related', i]),
          ),
        );
      }
    });
  }
  return issues;
}
