/** What serves a gmina: local entries first, then powiat, województwo and national ones. */
import { reach } from '../regions/coverage.ts';
import type { EntryView } from './view.ts';

export interface Serving {
  entry: EntryView;
  reach: 0 | 1 | 2 | 3;
}

const collator = new Intl.Collator('pl');

export function byName(a: EntryView, b: EntryView): number {
  return collator.compare(a.name, b.name);
}

export function servingGmina(entries: readonly EntryView[], gminaCode: string): Serving[] {
  const out: Serving[] = [];
  for (const entry of entries) {
    if (entry.status === 'inactive') continue;
    const r = reach({ gmina: entry.place?.gmina.code, serves: entry.serves }, gminaCode);
    if (r !== null) out.push({ entry, reach: r });
  }
  // The emergency number comes first among national entries: it is the one to call when life is at risk.
  return out.sort((a, b) => a.reach - b.reach || Number(b.entry.emergency) - Number(a.entry.emergency) || byName(a.entry, b.entry));
}
