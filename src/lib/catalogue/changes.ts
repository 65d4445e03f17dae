/** What changed in the directory since a service was chosen: compares the snapshot with the current entry. */
import type { CatalogueEntry } from './entries.ts';
import type { Snapshot } from './model.ts';
import type { BuilderTranslator } from './words.ts';

export type Change = 'removed' | 'name' | 'address' | 'phones' | 'hours' | 'verified';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** `current` is undefined when the entry is not in the downloaded data any more. */
export function changesSince(snapshot: Snapshot, current: CatalogueEntry | undefined): Change[] {
  if (!current) return ['removed'];
  const changes: Change[] = [];
  if (snapshot.name !== current.name) changes.push('name');
  if (snapshot.address !== current.address) changes.push('address');
  if (
    !same(
      snapshot.phones.map((p) => p.display),
      current.phones.map((p) => p.display),
    )
  )
    changes.push('phones');
  if (!same(snapshot.hoursText, current.hoursText)) changes.push('hours');
  if (snapshot.verified !== current.verified) changes.push('verified');
  return changes;
}

/** What changed, in one sentence of the builder's language. */
export function describeChanges({ t }: Pick<BuilderTranslator, 't'>, changes: readonly Change[]): string {
  if (changes.length === 0) return '';
  return t('changes.since', { list: changes.map((c) => t(`changes.${c}`)).join(', ') });
}
