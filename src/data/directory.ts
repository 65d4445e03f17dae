/**
 * The only caller of getCollection(): content entries become the view models in src/lib.
 * Results are cached for the build.
 */
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { weeklySchedule } from '../formats/opening-hours.ts';
import { describeWeek } from '../lib/hours/words.ts';
import { areaIndex, byName, servingFromIndex, type AreaIndex, type Serving } from '../lib/directory/serving.ts';
import { helplineView, institutionView, type EntryView, type HelplineView, type InstitutionView } from '../lib/directory/view.ts';
import { TAXONOMIES, type Term, type TaxonomyName } from '../schemas/taxonomy.ts';
import type { TranslatedLang } from '../schemas/translation.ts';
import { loadRegions } from './reference.ts';

const hoursTools = { weeklySchedule, describeWeek };

let institutionsCache: { view: InstitutionView; entry: CollectionEntry<'institutions'> }[] | undefined;

async function institutionEntries() {
  if (!institutionsCache) {
    const regions = loadRegions();
    const entries = await getCollection('institutions');
    institutionsCache = entries
      .map((entry) => ({
        entry,
        view: institutionView(entry.data, entry.filePath?.replace(/^.*?institutions\//, '') ?? `${entry.id}.md`, regions, hoursTools),
      }))
      .sort((a, b) => byName(a.view, b.view));
  }
  return institutionsCache;
}

export async function getInstitutions(): Promise<InstitutionView[]> {
  return (await institutionEntries()).map((e) => e.view);
}

/** An institution with its Markdown body rendered (sanitised by the Markdown pipeline). */
export async function getInstitutionPages() {
  const entries = await institutionEntries();
  return Promise.all(entries.map(async ({ entry, view }) => ({ view, Content: (await render(entry)).Content })));
}

let helplinesCache: Promise<HelplineView[]> | undefined;
export function getHelplines(): Promise<HelplineView[]> {
  helplinesCache ??= getCollection('helplines').then((all) => all.map((h) => helplineView(h.data, hoursTools)));
  return helplinesCache;
}

let allCache: Promise<EntryView[]> | undefined;
/** Every entry: institutions and national helplines. */
export function getAllEntries(): Promise<EntryView[]> {
  allCache ??= Promise.all([getInstitutions(), getHelplines()]).then(([institutions, helplines]) => [...institutions, ...helplines]);
  return allCache;
}

let areaCache: Promise<AreaIndex> | undefined;
/** What serves a gmina, from an index built once per build (2,477 gmina pages read it). */
export async function getServingGmina(gminaCode: string): Promise<Serving[]> {
  areaCache ??= getAllEntries().then(areaIndex);
  return servingFromIndex(await areaCache, gminaCode);
}

export async function getTaxonomy(name: TaxonomyName): Promise<Term[]> {
  return (await getCollection(name)).map((t) => t.data);
}

/** A term in a language: its name, description and search words in that language; id, group and abbr as in Polish. */
export interface LocalizedTerm extends Term {
  /** The Polish name, for bilingual output (the Polish office's name beside its explanation). */
  namePl: string;
}

const translationCache = new Map<string, Promise<LocalizedTerm[]>>();

/**
 * A taxonomy in a language. Every Polish term must have its translation (content/taxonomy/<lang>/, checked by
 * `npm run validate`); a missing one stops the build here too, so a page never shows Polish in silence.
 */
function localizedTaxonomy(name: TaxonomyName, lang: Lang): Promise<LocalizedTerm[]> {
  const key = `${name}_${lang}`;
  let cached = translationCache.get(key);
  if (!cached) {
    cached = (async () => {
      const polish = await getTaxonomy(name);
      if (lang === DEFAULT_LANG) return polish.map((t) => ({ ...t, namePl: t.name }));
      const translations = new Map((await getCollection(`${name}_${lang as TranslatedLang}` as const)).map((t) => [t.data.id, t.data]));
      const missing = polish.filter((t) => !translations.has(t.id)).map((t) => t.id);
      if (missing.length)
        throw new Error(`content/taxonomy/${lang}/${name}.yaml: brak tłumaczenia pojęć: ${missing.join(', ')}. Dopisz je (npm run validate pokaże szczegóły).`);
      return polish.map((t) => {
        const tr = translations.get(t.id)!;
        return { ...t, name: tr.name, description: tr.description, keywords: tr.keywords ?? [], namePl: t.name };
      });
    })();
    translationCache.set(key, cached);
  }
  return cached;
}

/**
 * Every taxonomy with names, descriptions and search words in a language (content/taxonomy/<lang>/);
 * ids, groups and abbreviations stay as in Polish, and `namePl` keeps the Polish name.
 */
export async function getTaxonomies(lang: Lang = DEFAULT_LANG): Promise<Record<TaxonomyName, LocalizedTerm[]>> {
  const [types, needs, forms, audiences, resources] = await Promise.all(TAXONOMIES.map((name) => localizedTaxonomy(name, lang)));
  return { types: types!, needs: needs!, forms: forms!, audiences: audiences!, resources: resources! };
}

export { loadRegions };

/** Institutions as their files hold them (parsed data, Markdown body, path): for the open-data export and the correction form. */
export async function getInstitutionSources() {
  return (await institutionEntries()).map(({ entry, view }) => ({ view, data: entry.data, body: entry.body ?? '', file: view.sourceFile ?? '' }));
}
