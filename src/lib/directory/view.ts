/**
 * View models: what pages, islands and the PDF show of an entry. Institutions and
 * national helplines become one shape, so filters and the catalogue treat them alike.
 */
import type { Helpline } from '../../schemas/helpline.ts';
import type { Institution, Service } from '../../schemas/institution.ts';
import { displayPhone, telHref } from '../../formats/phone-display.ts';
import type { ServiceArea } from '../../schemas/vocabulary.ts';
import { ancestry, type Regions } from '../regions/teryt.ts';
import type { WeekSchedule } from '../../formats/week.ts';
import { paths } from './paths.ts';
import { freshnessDate } from '../freshness/freshness.ts';

export interface PhoneView {
  number: string; // stored canonical form
  display: string;
  href: string;
  label?: string;
}

/** A service as pages show it: the schema's service (src/schemas/institution.ts), its optional texts left out when empty. */
export type ServiceView = Pick<Service, 'id' | 'name' | 'needs' | 'forms' | 'audiences'> & {
  description?: NonNullable<Service['description']>;
  cost?: NonNullable<Service['cost']>;
  access?: NonNullable<Service['access']>;
};

export interface PlaceView {
  gmina: { code: string; name: string; slug: string };
  powiat: { code: string; label: string; slug: string };
  wojewodztwo: { code: string; name: string; slug: string };
}

/** What institutions and helplines share; `kind` tells them apart (EntryView). */
interface EntryBase {
  id: string; // stable: the institution's UUID or the helpline's id
  slug: string;
  url: string;
  name: string;
  shortName?: string;
  type: string;
  status: Institution['status'];
  serves: ServiceArea;
  address?: { street?: string; postalCode?: string; city?: string; hidden: boolean };
  location?: NonNullable<Institution['location']>;
  phones: PhoneView[];
  emails: string[];
  website?: string;
  hours?: string; // OpenStreetMap opening_hours
  week?: WeekSchedule;
  hoursText: string[];
  hoursNote?: string;
  services: ServiceView[];
  languages: string[];
  accessibility?: string;
  verified: { date: string; source: string; source_date?: string | undefined };
  /** The freshness date (ISO): the source document's date, else the verification date (src/lib/freshness). */
  freshness: string;
  /** Register identifiers (REGON, KRS, NIP, RSPO, RPWDL). */
  identifiers: { scheme: string; value: string }[];
  emergency: boolean;
  operator?: string; // helplines: who runs it
  description?: string; // plain text (helplines); institutions render their Markdown body
  sourceFile?: string; // path in the repository, for the "suggest a correction" link
}

/** An institution: always in a gmina of the register. */
export interface InstitutionView extends EntryBase {
  kind: 'institution';
  place: PlaceView;
}

/** A national helpline: no seat, so no place. */
export interface HelplineView extends EntryBase {
  kind: 'helpline';
  place?: undefined;
}

/** An entry of the directory, as pages, islands and the catalogue show it. */
export type EntryView = InstitutionView | HelplineView;

export const isInstitution = (entry: EntryView): entry is InstitutionView => entry.kind === 'institution';
export const isHelpline = (entry: EntryView): entry is HelplineView => entry.kind === 'helpline';

export interface HoursTools {
  weeklySchedule: (value: string) => WeekSchedule;
  describeWeek: (week: WeekSchedule) => string[];
}

function phoneView(p: { number: string; label?: string | undefined }): PhoneView {
  return { number: p.number, display: displayPhone(p.number), href: telHref(p.number), ...(p.label ? { label: p.label } : {}) };
}

function hoursFields(hours: string | undefined, tools: HoursTools) {
  if (!hours) return { hoursText: [] as string[] };
  const week = tools.weeklySchedule(hours);
  return { hours, week, hoursText: tools.describeWeek(week) };
}

export function placeOf(regions: Regions, gminaCode: string): PlaceView {
  const a = ancestry(regions, gminaCode);
  if (!a) throw new Error(`Unknown gmina ${gminaCode}`);
  return {
    gmina: { code: a.gmina.code, name: a.gmina.name, slug: a.gmina.slug },
    powiat: { code: a.powiat.code, label: a.powiat.label, slug: a.powiat.slug },
    wojewodztwo: { code: a.wojewodztwo.code, name: a.wojewodztwo.name, slug: a.wojewodztwo.slug },
  };
}

/** Lists longer than this show one line per entry instead of cards (src/components/EntryList.astro). */
export const COMPACT_LIST_FROM = 20;

/** Where an entry is, in words for a list: "Dąbrowa Białostocka, powiat sokólski", or "cała Polska". */
export function placeLabel(entry: Pick<EntryView, 'place' | 'address'>): string {
  return entry.place ? [entry.address?.city ?? entry.place.gmina.name, entry.place.powiat.label].join(', ') : 'cała Polska';
}

/** The file name (without .md) is the institution's URL slug. */
export function slugFromFile(file: string): string {
  return file.replace(/\.md$/, '').split('/').pop() ?? file;
}

export function institutionView(data: Institution, file: string, regions: Regions, tools: HoursTools): InstitutionView {
  const slug = slugFromFile(file);
  const { address } = data;
  return {
    kind: 'institution',
    id: data.id,
    slug,
    url: paths.institution(slug),
    name: data.name,
    ...(data.short_name ? { shortName: data.short_name } : {}),
    type: data.type,
    status: data.status,
    serves: data.serves,
    place: placeOf(regions, data.gmina),
    ...(address ? { address: { street: address.street, postalCode: address.postal_code, city: address.city, hidden: address.hidden } } : {}),
    ...(data.location && !address?.hidden ? { location: data.location } : {}),
    phones: data.phones.map(phoneView),
    emails: data.emails,
    ...(data.website ? { website: data.website } : {}),
    ...hoursFields(data.hours, tools),
    ...(data.hours_note ? { hoursNote: data.hours_note } : {}),
    services: data.services.map((s) => ({
      id: s.id,
      name: s.name,
      needs: s.needs,
      forms: s.forms,
      audiences: s.audiences,
      ...(s.description ? { description: s.description } : {}),
      ...(s.cost ? { cost: s.cost } : {}),
      ...(s.access ? { access: s.access } : {}),
    })),
    languages: data.languages,
    ...(data.accessibility ? { accessibility: data.accessibility } : {}),
    verified: data.verified,
    freshness: freshnessDate(data.verified),
    identifiers: data.identifiers ?? [],
    emergency: false,
    sourceFile: `content/institutions/${file}`,
  };
}

export function helplineView(data: Helpline, tools: HoursTools): HelplineView {
  return {
    kind: 'helpline',
    id: data.id,
    slug: data.id,
    url: paths.helpline(data.id),
    name: data.name,
    type: 'telefon-zaufania',
    status: 'active',
    serves: 'kraj',
    phones: [phoneView({ number: data.number })],
    emails: [],
    ...(data.website ? { website: data.website } : {}),
    ...hoursFields(data.hours, tools),
    services: [
      {
        id: 'telefon',
        name: data.name,
        description: data.description,
        needs: data.needs,
        forms: ['informacyjne', 'emocjonalne'],
        audiences: data.audiences,
        ...(data.cost ? { cost: data.cost } : {}),
      },
    ],
    languages: ['pl'],
    verified: data.verified,
    freshness: freshnessDate(data.verified),
    identifiers: [],
    emergency: data.emergency,
    description: data.description,
    ...(data.operator ? { operator: data.operator } : {}),
  };
}
