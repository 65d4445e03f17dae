/**
 * The directory as HSDS 3 (Open Referral Human Services Data Specification) tables:
 * organizations, organization_identifiers, services, locations, addresses, phones, schedules,
 * service_areas, service_at_locations and languages, named as the specification's tabular files.
 * One institution file = one organization at (at most) one location, with its services.
 */
import type { EntryView } from '../directory/view.ts';
import { uuidV5 } from './ids.ts';
import { capitalize, label } from '../../i18n/index.ts';
import { weeklyRules } from './schedule.ts';
import { plainText } from '../readability/plain-text.ts';
import { SCHEME_NAMES, type IdentifierScheme } from '../../formats/identifiers.ts';
import { languageName } from '../directory/languages.ts';

export interface ExportEntry {
  view: EntryView;
  /** The institution's Markdown description, if any. */
  body?: string;
}

export interface ExportOptions {
  /** Absolute origin of the site, e.g. https://katalog.example.pl (for links back to each entry). */
  site: string;
}

type Row = Record<string, string | number | undefined>;

export interface HsdsTables {
  organizations: Row[];
  organization_identifiers: Row[];
  services: Row[];
  locations: Row[];
  addresses: Row[];
  phones: Row[];
  schedules: Row[];
  service_areas: Row[];
  service_at_locations: Row[];
  languages: Row[];
}

export const TABLES = [
  'organizations',
  'organization_identifiers',
  'services',
  'locations',
  'addresses',
  'phones',
  'schedules',
  'service_areas',
  'service_at_locations',
  'languages',
] as const;
export type TableName = (typeof TABLES)[number];

/** The HSDS entity each table holds (the schema file name in the specification). */
export const ENTITY: Record<TableName, string> = {
  organizations: 'organization',
  organization_identifiers: 'organization_identifier',
  services: 'service',
  locations: 'location',
  addresses: 'address',
  phones: 'phone',
  schedules: 'schedule',
  service_areas: 'service_area',
  service_at_locations: 'service_at_location',
  languages: 'language',
};

/** HSDS's own status values (English by the specification, not words of the interface). */
const STATUS = { active: 'active', 'temporarily-closed': 'temporarily closed', inactive: 'inactive' } as const;

/** A stable UUID for everything an entry holds; institutions keep their own. */
function entryUuid(view: EntryView): string {
  return view.kind === 'institution' ? view.id : uuidV5(`helpline/${view.id}`);
}

function area(view: EntryView): { name: string; extent: string } {
  const place = view.place;
  if (view.serves === 'kraj' || !place) return { name: 'Polska', extent: 'PL' };
  if (view.serves === 'wojewodztwo') return { name: label('area.of', 'wojewodztwo', { name: place.wojewodztwo.name }), extent: place.wojewodztwo.code };
  if (view.serves === 'powiat') return { name: label('area.of', 'powiat', { name: place.powiat.label }), extent: place.powiat.code };
  return { name: label('area.of', 'gmina', { name: place.gmina.name }), extent: place.gmina.code };
}

const defined = (row: Row): Row => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v !== ''));

export function toHsds(entries: readonly ExportEntry[], options: ExportOptions): HsdsTables {
  const t: HsdsTables = {
    organizations: [],
    organization_identifiers: [],
    services: [],
    locations: [],
    addresses: [],
    phones: [],
    schedules: [],
    service_areas: [],
    service_at_locations: [],
    languages: [],
  };
  for (const { view, body } of entries) {
    const org = entryUuid(view);
    const description = plainText(body ?? view.description ?? '') || view.services.map((s) => s.name).join('; ');
    t.organizations.push(
      defined({
        id: org,
        name: view.name,
        alternate_name: view.shortName,
        description,
        email: view.emails[0],
        website: view.website,
        uri: new URL(view.url, options.site).href,
      }),
    );
    // identifier_type says which register in words; identifier_scheme (an org-id.guide code) is left out rather than guessed.
    for (const id of view.identifiers) {
      t.organization_identifiers.push({
        id: uuidV5(`${org}/identifier/${id.scheme}`),
        organization_id: org,
        identifier_type: SCHEME_NAMES[id.scheme as IdentifierScheme] ?? id.scheme,
        identifier: id.value,
      });
    }
    view.phones.forEach((p, i) =>
      t.phones.push(defined({ id: uuidV5(`${org}/phone/${i}`), organization_id: org, number: p.number, type: 'voice', description: p.label })),
    );

    const address = view.address && !view.address.hidden && view.address.city ? view.address : undefined;
    let location: string | undefined;
    if (view.place && (address || view.location)) {
      location = uuidV5(`${org}/location`);
      t.locations.push(
        defined({
          id: location,
          location_type: 'physical',
          organization_id: org,
          name: view.name,
          description: view.location?.precision === 'approximate' ? 'Położenie przybliżone (miejscowość).' : undefined,
          latitude: view.location?.lat,
          longitude: view.location?.lng,
          external_identifier: view.place.gmina.code,
          external_identifier_type: 'TERYT (kod gminy)',
        }),
      );
      if (address?.street && address.postalCode) {
        t.addresses.push(
          defined({
            id: uuidV5(`${org}/address`),
            location_id: location,
            address_1: address.street,
            city: address.city,
            region: view.place.powiat.label,
            state_province: `województwo ${view.place.wojewodztwo.name}`,
            postal_code: address.postalCode,
            country: 'PL',
            address_type: 'physical',
          }),
        );
      }
    }

    const rules = view.week ? weeklyRules(view.week) : [];
    const hoursDescription = [view.hoursText.join('; '), view.hoursNote].filter(Boolean).join('. ');
    const schedule = (owner: Row, key: string) =>
      rules.forEach((r, i) =>
        t.schedules.push(
          defined({
            id: uuidV5(`${org}/${key}/schedule/${i}`),
            ...owner,
            freq: 'WEEKLY',
            wkst: 'MO',
            byday: r.byday,
            opens_at: r.opens_at,
            closes_at: r.closes_at,
            description: hoursDescription ? `${hoursDescription} (czas polski)` : undefined,
            notes: view.hours ? `OpenStreetMap opening_hours: ${view.hours}` : undefined,
          }),
        ),
      );
    if (location) schedule({ location_id: location }, 'location');

    const served = area(view);
    for (const s of view.services) {
      const service = uuidV5(`${org}/service/${s.id}`);
      t.services.push(
        defined({
          id: service,
          organization_id: org,
          name: s.name,
          description: s.description,
          status: STATUS[view.status],
          application_process: s.access,
          fees_description: s.cost ? capitalize(label('cost', s.cost)) : undefined,
          assured_date: view.verified.date,
          url: new URL(view.url, options.site).href,
        }),
      );
      t.service_areas.push(
        defined({
          id: uuidV5(`${service}/area`),
          service_id: service,
          name: served.name,
          description: `Obszar działania: ${served.name}`,
          extent: served.extent,
          extent_type: 'text',
        }),
      );
      // The languages of the entry (Polish unless it says otherwise), for each of its services: HSDS links a language to a service.
      for (const code of new Set(view.languages)) {
        t.languages.push({ id: uuidV5(`${service}/language/${code}`), service_id: service, name: languageName(code, 'pl'), code });
      }
      if (location) t.service_at_locations.push({ id: uuidV5(`${service}/at/${location}`), service_id: service, location_id: location });
      else schedule({ service_id: service }, `service/${s.id}`);
    }
  }
  return t;
}
