/**
 * The informator's articles: the only caller of getCollection('informator').
 * Checks at build time that every related article, directory filter and helpline an article names exists,
 * so a typo fails the build with a message instead of a broken link.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { DEFAULT_LANG, localized, type Lang } from '../i18n/langs.ts';
import type { TranslatedArticle } from '../schemas/translation.ts';
import { filterUrl } from '../lib/search/url.ts';
import { paths } from '../lib/directory/paths.ts';
import { ARTICLE_QUESTIONS, type Article } from '../schemas/article.ts';
import type { Term } from '../schemas/taxonomy.ts';
import { termName } from '../i18n/index.ts';
import { getHelplines, getTaxonomies } from './directory.ts';

export type ArticleQuestion = (typeof ARTICLE_QUESTIONS)[number];

/** The question a family asks, as the informator's headings, in this order. */
export const QUESTION_HEADINGS: Record<ArticleQuestion, string> = {
  'pilna-pomoc': 'Potrzebuję pilnej pomocy',
  'kto-pomoze': 'Kto może mi pomóc?',
  'jak-uzyskac': 'Jak dostać wsparcie?',
  'jakie-prawa': 'Jakie mam prawa?',
};
export const QUESTION_ORDER = Object.keys(QUESTION_HEADINGS) as ArticleQuestion[];

export interface ArticleView extends Article {
  slug: string;
  url: string;
}

export interface FilterLink {
  href: string;
  label: string;
}

let cache: Promise<{ view: ArticleView; entry: Awaited<ReturnType<typeof getCollection<'informator'>>>[number] }[]> | undefined;

function load() {
  cache ??= (async () => {
    const entries = await getCollection('informator');
    const slugs = new Set(entries.map((e) => e.id));
    const taxonomies = await getTaxonomies();
    const helplineIds = new Set((await getHelplines()).map((h) => h.id));
    const problems = entries.flatMap((e) => articleProblems(e.id, e.data, slugs, taxonomies, helplineIds));
    if (problems.length) throw new Error(`Informator: popraw artykuły:\n${problems.join('\n')}`);
    return entries
      .map((entry) => ({ entry, view: { ...entry.data, slug: entry.id, url: paths.article(entry.id) } }))
      .sort(
        (a, b) =>
          QUESTION_ORDER.indexOf(a.view.question) - QUESTION_ORDER.indexOf(b.view.question) ||
          a.view.order - b.view.order ||
          a.view.title.localeCompare(b.view.title, 'pl'),
      );
  })();
  return cache;
}

function articleProblems(
  slug: string,
  a: Article,
  slugs: Set<string>,
  t: Record<'types' | 'needs' | 'audiences', Term[]>,
  helplines: Set<string>,
  folder = 'content/informator',
): string[] {
  const unknown = (ids: string[], known: (id: string) => boolean, what: string) =>
    ids.filter((id) => !known(id)).map((id) => `${folder}/${slug}.md: ${what} „${id}” nie istnieje.`);
  const inTaxonomy = (terms: Term[]) => (id: string) => terms.some((term) => term.id === id);
  return [
    ...unknown(a.related, (id) => slugs.has(id) && id !== slug, 'powiązany artykuł (related)'),
    ...unknown(a.filters.types, inTaxonomy(t.types), 'rodzaj placówki (filters.types)'),
    ...unknown(a.filters.needs, inTaxonomy(t.needs), 'potrzeba (filters.needs)'),
    ...unknown(a.filters.audiences, inTaxonomy(t.audiences), 'grupa odbiorców (filters.audiences)'),
    ...unknown(a.helplines, (id) => helplines.has(id), 'telefon zaufania (helplines)'),
    ...(a.sources.length === 0
      ? [`${folder}/${slug}.md: brak źródeł (sources). Dopisz akt prawny z datą i oficjalną stronę, na której czytelnik może to sprawdzić.`]
      : []),
  ];
}

/** Every article, grouped order: pilna pomoc, kto pomoże, jak uzyskać, jakie prawa; then by `order`. */
export async function getArticles(): Promise<ArticleView[]> {
  return (await load()).map((a) => a.view);
}

export async function getArticlesByQuestion(): Promise<{ question: ArticleQuestion; heading: string; articles: ArticleView[] }[]> {
  const articles = await getArticles();
  return QUESTION_ORDER.map((question) => ({
    question,
    heading: QUESTION_HEADINGS[question],
    articles: articles.filter((a) => a.question === question),
  })).filter((g) => g.articles.length > 0);
}

/** Articles of one language as their pages need them: rendered Markdown, related articles (same language) and helplines. */
async function pagesOf<V extends { slug: string; related: string[]; helplines: string[] }>(
  all: { entry: CollectionEntry<'informator' | `informator_${ArticleLang}`>; view: V }[],
) {
  const helplines = await getHelplines();
  const bySlug = new Map(all.map((a) => [a.view.slug, a.view]));
  return Promise.all(
    all.map(async ({ entry, view }) => ({
      article: view,
      Content: (await render(entry)).Content,
      related: view.related.map((slug) => bySlug.get(slug)!),
      helplines: view.helplines.map((id) => helplines.find((h) => h.id === id)!),
    })),
  );
}

/** Each article with its rendered Markdown, related articles and helplines, for its page. */
export async function getArticlePages() {
  return pagesOf(await load());
}

/** The languages the informator is translated into (content/informator/<lang>/, a collection each in src/content.config.ts). */
export const ARTICLE_LANGS = ['uk'] as const satisfies readonly Lang[];
export type ArticleLang = (typeof ARTICLE_LANGS)[number];

/** The family's questions in each translated language, in the order of QUESTION_ORDER. */
export const QUESTION_HEADINGS_BY_LANG: Record<ArticleLang, Record<ArticleQuestion, string>> = {
  uk: {
    'pilna-pomoc': 'Мені потрібна термінова допомога',
    'kto-pomoze': 'Хто може мені допомогти?',
    'jak-uzyskac': 'Як отримати підтримку?',
    'jakie-prawa': 'Які я маю права?',
  },
};

export interface TranslatedArticleView extends TranslatedArticle {
  slug: string;
  url: string;
  lang: ArticleLang;
  /** The Polish article this one translates (binding where they differ); none for an article written for this language. */
  originalArticle?: ArticleView;
}

type TranslatedEntry = Awaited<ReturnType<typeof getCollection<'informator_uk'>>>[number];
const translatedCache = new Map<ArticleLang, Promise<{ view: TranslatedArticleView; entry: TranslatedEntry }[]>>();

/**
 * A language's articles, checked like the Polish ones: the Polish original exists, related articles are of the
 * same language, filters and helplines exist, sources are given. A problem stops the build with a Polish message.
 */
function loadTranslated(lang: ArticleLang) {
  let cached = translatedCache.get(lang);
  if (!cached) {
    cached = (async () => {
      const entries = await getCollection(`informator_${lang}`);
      const polish = new Map((await getArticles()).map((a) => [a.slug, a]));
      const slugs = new Set(entries.map((e) => e.id));
      const taxonomies = await getTaxonomies();
      const helplineIds = new Set((await getHelplines()).map((h) => h.id));
      const problems = entries.flatMap((e) => [
        ...articleProblems(e.id, e.data, slugs, taxonomies, helplineIds, `content/informator/${lang}`),
        ...(e.data.original && !polish.has(e.data.original)
          ? [`content/informator/${lang}/${e.id}.md: artykuł polski (original) „${e.data.original}” nie istnieje.`]
          : []),
      ]);
      if (problems.length) throw new Error(`Informator (${lang}): popraw artykuły:\n${problems.join('\n')}`);
      return entries
        .map((entry) => {
          const originalArticle = entry.data.original ? polish.get(entry.data.original) : undefined;
          const view: TranslatedArticleView = {
            ...entry.data,
            slug: entry.id,
            url: localized(lang, paths.article(entry.id)),
            lang,
            ...(originalArticle ? { originalArticle } : {}),
          };
          return { entry, view };
        })
        .sort(
          (a, b) =>
            QUESTION_ORDER.indexOf(a.view.question) - QUESTION_ORDER.indexOf(b.view.question) ||
            a.view.order - b.view.order ||
            a.view.title.localeCompare(b.view.title, lang),
        );
    })();
    translatedCache.set(lang, cached);
  }
  return cached;
}

export async function getTranslatedArticles(lang: ArticleLang): Promise<TranslatedArticleView[]> {
  return (await loadTranslated(lang)).map((a) => a.view);
}

export async function getTranslatedArticlesByQuestion(lang: ArticleLang) {
  const articles = await getTranslatedArticles(lang);
  return QUESTION_ORDER.map((question) => ({
    question,
    heading: QUESTION_HEADINGS_BY_LANG[lang][question],
    articles: articles.filter((a) => a.question === question),
  })).filter((g) => g.articles.length > 0);
}

/** Each translated article with its rendered Markdown, related articles (same language) and helplines. */
export async function getTranslatedArticlePages(lang: ArticleLang) {
  return (await pagesOf(await loadTranslated(lang))).map((page) => ({
    ...page,
    alternates: page.article.originalArticle ? { [DEFAULT_LANG]: page.article.originalArticle.url, [lang]: page.article.url } : {},
  }));
}

/** A Polish article's addresses in every language it is translated into (for its hreflang links); Polish only: {}. */
export async function getArticleAlternates(): Promise<Map<string, Partial<Record<Lang, string>>>> {
  const alternates = new Map<string, Partial<Record<Lang, string>>>();
  for (const lang of ARTICLE_LANGS) {
    for (const t of await getTranslatedArticles(lang)) {
      if (!t.originalArticle) continue;
      const own = alternates.get(t.originalArticle.slug) ?? { [DEFAULT_LANG]: t.originalArticle.url };
      alternates.set(t.originalArticle.slug, { ...own, [lang]: t.url });
    }
  }
  return alternates;
}

/**
 * "Znajdź pomoc w katalogu": type pages (they work without JavaScript) and filter links for needs and audiences.
 * Helplines have no type page: their type links to the helplines page.
 */
export async function getFilterLinks(
  article: Pick<Article, 'filters'>,
  lang: Lang = DEFAULT_LANG,
): Promise<{ types: FilterLink[]; needs: FilterLink[]; audiences: FilterLink[] }> {
  const { types, needs, audiences } = await getTaxonomies(lang);
  return {
    types: article.filters.types.map((id) => ({ href: id === 'telefon-zaufania' ? paths.helplines : paths.type(id), label: termName(types, id) })),
    needs: article.filters.needs.map((id) => ({ href: filterUrl({ need: id }), label: termName(needs, id) })),
    audiences: article.filters.audiences.map((id) => ({ href: filterUrl({ audience: id }), label: termName(audiences, id) })),
  };
}
