/**
 * "Pobierz wszystkie jako pliki wpisów": every entry the assistant added or filled in, as the drafts the
 * contribution form would hold after "Przekaż do katalogu" (the same prefill, src/lib/contribute/from-catalogue.ts)
 * and after the person answered what the form still asks for: where the data come from, and, for an
 * entry of their own, what matters it helps with (a fact about the institution, asked anew, never the
 * family's needs). The caller checks each draft with the form's checker and writes it with the form's
 * writer, so each file equals what /zglos/ would write. Nothing about the family is read here.
 */
import { isOwn } from '../catalogue/added.ts';
import type { Chosen } from '../catalogue/model.ts';
import { emptyService, proposedSlug, type EntryDraft } from './draft.ts';
import { applyPrefill, correctionQuery, prefillFrom } from './from-catalogue.ts';

type Item = Pick<Chosen, 'entryId' | 'snapshot' | 'added'>;

/** What the person answers once for the download. */
export interface BundleAnswers {
  /** verified → source: where the data come from */
  source: string;
  /** For each own entry (by entryId): the matters the institution helps with (needs ids). */
  needs: Record<string, string[]>;
}

/** The entries that can be handed to the directory (in added.ts: light, for the builder's first load). */
export { bundleItems } from '../catalogue/added.ts';

/** The directory file an item corrects: its slug and województwo, when it is a directory entry. */
export function correctionOf(item: Pick<Chosen, 'snapshot'>): { slug: string; woj: string } | undefined {
  const q = new URLSearchParams(correctionQuery(item));
  const slug = q.get('popraw');
  const woj = q.get('woj');
  return slug && woj ? { slug, woj } : undefined;
}

/** A service's name from what the assistant wrote it offers: its first sentence, at most 120 characters, cut at a word. */
export function serviceName(offers: string): string {
  const first = offers
    .trim()
    .split(/(?<=[.!?])\s|\n/)[0]!
    .replace(/[.!?]+$/, '')
    .trim();
  if (!first) return 'Wsparcie dla rodzin';
  if (first.length <= 120) return first;
  return `${first.slice(0, 119).replace(/\s+\S*$/, '')}…`;
}

/**
 * The draft for one item. `base` is what the form starts from: an empty draft for a new entry, the
 * entry's current file for a correction (dataToDraft), as the form does.
 */
export function bundleDraft(item: Item, gminaCode: string, answers: BundleAnswers, base: EntryDraft, today: string, correction = false): EntryDraft {
  const draft = applyPrefill(base, prefillFrom(item, gminaCode));
  const [first, ...rest] = draft.services;
  const empty = !first || (!first.name.trim() && !first.needs.length);
  let services = draft.services;
  if (empty && isOwn(item)) {
    services = [
      {
        ...emptyService(),
        ...first,
        name: serviceName(item.added.offers),
        description: item.added.offers.trim(),
        needs: [...(answers.needs[item.entryId] ?? [])],
      },
      ...rest,
    ];
  } else if (empty && item.snapshot.services.length) {
    // A generic card: what the directory says every institution of this kind offers.
    services = item.snapshot.services.map((s) => ({
      ...emptyService(),
      id: s.id,
      name: s.name,
      description: s.description,
      access: s.access,
      needs: [...s.needs],
    }));
  }
  return {
    ...draft,
    slug: correction ? draft.slug : proposedSlug(draft),
    services,
    verified_date: today,
    verified_source: answers.source.trim(),
    verified_source_date: '',
  };
}

/** File names unique within one download: a second "parafia.md" in a gmina becomes "parafia-2.md". */
export function uniquePaths(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.map((p) => {
    let candidate = p;
    for (let n = 2; seen.has(candidate); n++) candidate = p.replace(/\.md$/, `-${n}.md`);
    seen.add(candidate);
    return candidate;
  });
}
