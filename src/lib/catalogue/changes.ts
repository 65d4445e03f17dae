/** What changed in the directory since a service was chosen: compares the snapshot with the current entry. */
import type { CatalogueEntry } from './entries.ts';
import type { Snapshot } from './model.ts';

export type Change = 'removed' | 'name' | 'address' | 'phones' | 'hours' | 'verified';

export const CHANGE_WORDS: Record<Change, string> = {
  removed: 'tej pozycji nie ma już w katalogu placówek',
  name: 'zmieniła się nazwa',
  address: 'zmienił się adres',
  phones: 'zmieniły się numery telefonów',
  hours: 'zmieniły się godziny',
  verified: 'dane sprawdzono ponownie',
};

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

export function describeChanges(changes: readonly Change[]): string {
  if (changes.length === 0) return '';
  const words = changes.map((c) => CHANGE_WORDS[c]);
  const sentence = words.join(', ');
  return `Od chwili wyboru ${sentence}.`;
}
