/**
 * Loaded only when "Pobierz wszystkie jako pliki wpisów" is pressed (with the zip library fflate and the
 * contribution form's checks): each entry as the file the /zglos/ form would write (src/lib/contribute/bundle.ts
 * for the draft, the form's checker and writer for the file), all in one .zip.
 */
import { strToU8, zipSync } from 'fflate';
import { bundleDraft, correctionOf, uniquePaths, type BundleAnswers } from '../../lib/contribute/bundle.ts';
import { dataToDraft, emptyDraft } from '../../lib/contribute/draft.ts';
import { entryPath, type FormRegions, type FormTaxonomies } from '../../lib/contribute/reference.ts';
import type { Chosen } from '../../lib/catalogue/model.ts';
import { paths } from '../../lib/directory/paths.ts';
import { getJson } from '../shared/get-json.ts';
import { makeChecker, toEntryFile } from '../contribute/check.ts';

type Sources = Record<string, { file: string; data: Record<string, unknown>; body: string }>;

export interface Bundle {
  zip: Uint8Array;
  /** content/institutions/… path of each file, as in the archive */
  files: string[];
  /** entries that did not pass the checks, with the validator's messages */
  problems: { name: string; messages: string[] }[];
}

const typeOfUrl = (url: string) => /^\/placowki\/rodzaj\/([a-z0-9-]+)\/$/.exec(url)?.[1] ?? '';

export async function makeBundle(items: readonly Chosen[], gminaCode: string, answers: BundleAnswers, today: string): Promise<Bundle> {
  const wojs = [...new Set(items.map((i) => correctionOf(i)?.woj).filter((w): w is string => !!w))];
  const [regions, terms, ...sources] = await Promise.all([
    getJson<FormRegions>(paths.contributeData('gminy')),
    getJson<FormTaxonomies>(paths.contributeData('slowniki')),
    ...wojs.map((w) => getJson<Sources>(paths.correctionData(w), { missing: {} })),
  ]);
  const existing = new Map(wojs.map((w, i) => [w, sources[i] as Sources]));
  const check = makeChecker(regions, terms);
  const problems: Bundle['problems'] = [];
  const ready: { path: string; text: string }[] = [];
  for (const item of items) {
    const fix = correctionOf(item);
    const file = fix && Object.hasOwn(existing.get(fix.woj) ?? {}, fix.slug) ? existing.get(fix.woj)![fix.slug]! : undefined;
    const base = file ? dataToDraft(file.data, file.body, fix!.slug) : emptyDraft(crypto.randomUUID(), today);
    const draft = bundleDraft(item, gminaCode, answers, base, today, !!file);
    // A generic card says its kind by its address (/placowki/rodzaj/<type>/) when the assistant gave none.
    if (!draft.type) draft.type = typeOfUrl(item.snapshot.url);
    const checked = check(draft);
    const path = entryPath(regions, draft.gmina, draft.slug);
    if (!checked.data || !path) {
      problems.push({ name: draft.name || item.snapshot.name, messages: checked.errors.map((e) => e.message) });
      continue;
    }
    ready.push({ path, text: toEntryFile(checked.data as never, draft.body) });
  }
  const files = uniquePaths(ready.map((r) => r.path));
  const zip = zipSync(Object.fromEntries(ready.map((r, i) => [files[i]!, strToU8(r.text)])), { level: 6, mtime: new Date(`${today}T12:00:00`) });
  return { zip, files, problems };
}
