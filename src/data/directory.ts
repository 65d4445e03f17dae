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
import type { Term, TaxonomyName } from '../schemas/taxonomy.ts';
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

/** Every taxonomy, with names and descriptions in a language (Polish until that language's translations are in). */
export async function getTaxonomies(lang: Lang = DEFAULT_LANG): Promise<Record<TaxonomyName, Term[]>> {
  void lang;
  const [types, needs, forms, audiences, resources] = await Promise.all((['types', 'needs', 'forms', 'audiences', 'resources'] as const).map(getTaxonomy));
  return { types: types!, needs: needs!, forms: forms!, audiences: audiences!, resources: resources! };
}

export { loadRegions };

/** Institutions as their files hold them (parsed data, Markdown body, path): for the open-data export and the correction form. */
export async function getInstitutionSources() {
  return (await institutionEntries()).map(({ entry, view }) => ({ view, data: entry.data, body: entry.body ?? '', file: view.sourceFile ?? '' }));
}
