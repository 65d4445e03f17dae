/**
 * The compact record of a directory entry that the builder downloads (per województwo, plus national).
 * Made from EntryView at build time; the snapshot in a catalogue is taken from it.
 */
import type { EntryView } from '../directory/view.ts';
import type { Reach, ServiceArea, SnapshotKind } from '../../schemas/vocabulary.ts';
import type { Snapshot } from './model.ts';

/** What a generic (statutory) entry says instead of an address: see src/lib/catalogue/statutory.ts. */
export interface GenericInfo {
  note: string; // "Ta instytucja działa w każdej gminie; nie mamy jeszcze jej adresu."
  howToFind: string;
  acts: string;
  alsoCalled: string[];
}

/**
 * One entry in the builder's download: what a snapshot keeps of it (src/schemas/catalogue.ts), plus what the builder
 * needs to suggest it (id, type, reach, audiences). Derived from Snapshot, so the two cannot drift apart.
 */
export type CatalogueEntry = Pick<Snapshot, 'name' | 'url' | 'address' | 'phones' | 'emails' | 'hoursText' | 'verified' | 'sourceDate' | 'gmina'> & {
  id: string;
  /** 'statutory': a generic card for an institution the law puts in every gmina or powiat (no address known). 'own' is the assistant's, never downloaded. */
  kind: Exclude<SnapshotKind, 'own'>;
  type: string;
  serves: ServiceArea;
  emergency: boolean;
  services: (Snapshot['services'][number] & { audiences: string[] })[];
  generic?: GenericInfo;
};

/** The freshness date of an entry (src/lib/freshness): its source document's date, else its verification date. */
export const freshnessOf = (entry: Pick<CatalogueEntry, 'verified' | 'sourceDate'>): string => entry.sourceDate ?? entry.verified;

export function addressText(a: EntryView['address']): string {
  if (!a || a.hidden) return '';
  const city = [a.postalCode, a.city].filter(Boolean).join(' ');
  return [a.street, city].filter(Boolean).join(', ');
}

export function catalogueEntry(view: EntryView): CatalogueEntry {
  return {
    id: view.id,
    kind: view.kind,
    name: view.name,
    url: view.url,
    type: view.type,
    ...(view.place ? { gmina: view.place.gmina.code } : {}),
    serves: view.serves,
    emergency: view.emergency,
    address: addressText(view.address),
    phones: view.phones.map((p) => ({ display: p.display, label: p.label ?? '' })),
    emails: view.emails,
    hoursText: [...view.hoursText, ...(view.hoursNote ? [view.hoursNote] : [])],
    verified: view.verified.date,
    ...(view.verified.source_date ? { sourceDate: view.verified.source_date } : {}),
    services: view.services.map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description ?? '',
      access: s.access ?? '',
      needs: s.needs,
      audiences: s.audiences,
    })),
  };
}

/** The details shown when the entry is chosen, with the services that answer the family's needs (all if none match). */
export function snapshotOf(entry: CatalogueEntry, reachLevel: Reach, needs: readonly string[]): Snapshot {
  const matching = entry.services.filter((s) => s.needs.some((n) => needs.includes(n)));
  const services = (matching.length ? matching : entry.services).map(({ audiences: _a, ...s }) => s);
  return {
    kind: entry.kind,
    name: entry.name,
    url: entry.url,
    address: entry.address,
    phones: entry.phones,
    emails: entry.emails,
    hoursText: entry.hoursText,
    verified: entry.verified,
    ...(entry.sourceDate ? { sourceDate: entry.sourceDate } : {}),
    ...(entry.gmina ? { gmina: entry.gmina } : {}),
    reach: reachLevel,
    services,
    ...(entry.generic ? { howToFind: entry.generic.howToFind } : {}),
  };
}
