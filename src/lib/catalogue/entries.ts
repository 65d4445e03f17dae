/**
 * The compact record of a directory entry that the builder downloads (per województwo, plus national).
 * Made from EntryView at build time; the snapshot in a catalogue is taken from it.
 */
import type { EntryView } from '../directory/view.ts';
import type { Reach, ServiceArea } from '../../schemas/vocabulary.ts';
import type { Snapshot } from './model.ts';

/** What a generic (statutory) entry says instead of an address: see src/lib/catalogue/statutory.ts. */
export interface GenericInfo {
  note: string; // "Ta instytucja działa w każdej gminie; nie mamy jeszcze jej adresu."
  howToFind: string;
  acts: string;
  alsoCalled: string[];
}

export interface CatalogueEntry {
  id: string;
  /** 'statutory': a generic card for an institution the law puts in every gmina or powiat (no address known). */
  kind: 'institution' | 'helpline' | 'statutory';
  name: string;
  url: string;
  type: string;
  gmina?: string;
  serves: ServiceArea;
  emergency: boolean;
  address: string;
  phones: { display: string; label: string }[];
  emails: string[];
  hoursText: string[];
  verified: string;
  /** The source document's date, when older than the check ("2019", "2024-06" or a day): see src/lib/freshness. */
  sourceDate?: string;
  services: { id: string; name: string; description: string; access: string; needs: string[]; audiences: string[] }[];
  generic?: GenericInfo;
}

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
