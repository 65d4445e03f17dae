/**
 * What the contribution form edits (strings, as typed), and an existing entry read back into it (for a
 * correction). The draft becomes entry data for the schema in draft-data.ts (`draftToData`).
 */
import { slugify } from '../../formats/text.ts';

export interface ServiceDraft {
  id: string;
  name: string;
  description: string;
  needs: string[];
  forms: string[];
  audiences: string[];
  cost: string;
  access: string;
}

export interface EntryDraft {
  id: string;
  slug: string;
  name: string;
  short_name: string;
  type: string;
  status: string;
  gmina: string;
  serves: string;
  street: string;
  postal_code: string;
  city: string;
  hidden: boolean;
  lat: string;
  lng: string;
  precision: string;
  phones: { number: string; label: string }[];
  emails: string;
  website: string;
  hours: string;
  hours_note: string;
  services: ServiceDraft[];
  /** ISO 639 codes of the languages one can be served in; Polish by default */
  languages: string[];
  accessibility: string;
  verified_date: string;
  verified_source: string;
  /** The source document's own date ("2024", "2024-06" or a day), if it is older than the check. */
  verified_source_date: string;
  identifiers: { scheme: string; value: string }[];
  body: string;
}

export const emptyService = (): ServiceDraft => ({ id: '', name: '', description: '', needs: [], forms: [], audiences: [], cost: '', access: '' });

export function emptyDraft(id: string, today: string): EntryDraft {
  return {
    id,
    slug: '',
    name: '',
    short_name: '',
    type: '',
    status: 'active',
    gmina: '',
    serves: 'gmina',
    street: '',
    postal_code: '',
    city: '',
    hidden: false,
    lat: '',
    lng: '',
    precision: 'approximate',
    phones: [{ number: '', label: '' }],
    emails: '',
    website: '',
    hours: '',
    hours_note: '',
    services: [emptyService()],
    languages: ['pl'],
    accessibility: '',
    verified_date: today,
    verified_source: '',
    verified_source_date: '',
    identifiers: [],
    body: '',
  };
}

/** The file name (URL slug) proposed for a new entry: the short name if any, else the name. */
export function proposedSlug(draft: Pick<EntryDraft, 'name' | 'short_name'>): string {
  return slugify(draft.short_name || draft.name)
    .slice(0, 60)
    .replace(/-+$/, '');
}

export type EntryData = Record<string, unknown>;

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** An existing entry (its parsed data) back into the form. */
export function dataToDraft(data: Record<string, any>, body: string, slug: string): EntryDraft {
  return {
    id: str(data.id),
    slug,
    name: str(data.name),
    short_name: str(data.short_name),
    type: str(data.type),
    status: str(data.status || 'active'),
    gmina: str(data.gmina),
    serves: str(data.serves || 'gmina'),
    street: str(data.address?.street),
    postal_code: str(data.address?.postal_code),
    city: str(data.address?.city),
    hidden: !!data.address?.hidden,
    lat: str(data.location?.lat),
    lng: str(data.location?.lng),
    precision: str(data.location?.precision || 'approximate'),
    phones: (data.phones ?? []).length ? data.phones.map((p: any) => ({ number: str(p.number), label: str(p.label) })) : [{ number: '', label: '' }],
    emails: (data.emails ?? []).join(', '),
    website: str(data.website),
    hours: str(data.hours),
    hours_note: str(data.hours_note),
    services: (data.services ?? []).map((s: any) => ({
      id: str(s.id),
      name: str(s.name),
      description: str(s.description),
      needs: [...(s.needs ?? [])],
      forms: [...(s.forms ?? [])],
      audiences: [...(s.audiences ?? [])],
      cost: str(s.cost),
      access: str(s.access),
    })),
    languages: Array.isArray(data.languages) && data.languages.length ? data.languages.map(str) : ['pl'],
    accessibility: str(data.accessibility),
    verified_date: str(data.verified?.date),
    verified_source: str(data.verified?.source),
    verified_source_date: str(data.verified?.source_date),
    identifiers: (data.identifiers ?? []).map((i: any) => ({ scheme: str(i.scheme), value: str(i.value) })),
    body: body.trim(),
  };
}
