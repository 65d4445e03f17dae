/**
 * The export against the published HSDS 3.0 JSON schemas (tests/fixtures/hsds-3.0, CC BY-SA 4.0).
 * Loading tweaks: the schemas have no $id, so each is registered under its file name (their
 * $refs say "phone.json"); they carry Data Package keywords (name, path, datapackage_metadata,
 * constraints, core, example, datapackage_type) that are not JSON Schema, so Ajv runs with
 * strict mode off. Ajv does not reject unknown properties here, so a separate test checks
 * that every field we emit is a field of the specification.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { realEntries } from '../../../tests/helpers/views.ts';
import { COLUMNS, toCsv } from './csv.ts';
import { ENTITY, TABLES, toHsds } from './hsds.ts';
import { plainText } from '../readability/plain-text.ts';
import { uuidV5 } from './ids.ts';
import { weeklyRules } from './schedule.ts';

const DIR = 'tests/fixtures/hsds-3.0';
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const schemas: Record<string, { properties: Record<string, unknown> }> = {};
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
  const schema = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'));
  schemas[file.replace(/\.json$/, '')] = schema;
  ajv.addSchema(schema, file);
}

const tables = toHsds(realEntries(), { site: 'https://katalog.example.pl' });

describe('HSDS organization identifiers', () => {
  const [first] = realEntries();
  const entry = {
    ...first!,
    view: {
      ...first!.view,
      identifiers: [
        { scheme: 'REGON', value: '000002217' },
        { scheme: 'NIP', value: '5260250274' },
      ],
    },
  };
  const out = toHsds([entry], { site: 'https://katalog.example.pl' }).organization_identifiers;

  it('exports each register number of an entry, valid against the HSDS 3 schema', () => {
    const validate = ajv.getSchema('organization_identifier.json')!;
    expect(out).toHaveLength(2);
    for (const row of out) expect(validate(row), ajv.errorsText(validate.errors)).toBe(true);
    expect(out[0]).toMatchObject({ identifier_type: 'REGON (rejestr GUS)', identifier: '000002217', organization_id: first!.view.id });
    for (const row of out) for (const key of Object.keys(row)) expect(COLUMNS.organization_identifiers as readonly string[]).toContain(key);
  });
});

describe('HSDS languages', () => {
  const [first] = realEntries();
  const entry = { ...first!, view: { ...first!.view, languages: ['pl', 'uk'] } };
  const out = toHsds([entry], { site: 'https://katalog.example.pl' });

  it('exports the languages of every service, named in Polish with their ISO 639 code, valid against the HSDS 3 schema', () => {
    const validate = ajv.getSchema('language.json')!;
    expect(out.languages).toHaveLength(out.services.length * 2);
    for (const row of out.languages) expect(validate(row), ajv.errorsText(validate.errors)).toBe(true);
    const ofFirst = out.languages.filter((l) => l.service_id === out.services[0]!.id);
    expect(ofFirst.map((l) => [l.name, l.code])).toEqual([
      ['polski', 'pl'],
      ['ukraiński', 'uk'],
    ]);
    expect(new Set(out.languages.map((l) => l.id)).size).toBe(out.languages.length);
  });

  it('gives an entry that lists no language Polish, as the site assumes', () => {
    expect(tables.languages.length).toBe(tables.services.length);
    expect(new Set(tables.languages.map((l) => l.code))).toEqual(new Set(['pl']));
  });
});

describe('HSDS export', () => {
  it('fills every table from the real content (no seed document gives a register number, so no identifiers yet)', () => {
    for (const name of TABLES) {
      if (name === 'organization_identifiers') expect(tables[name]).toEqual([]);
      else expect(tables[name].length, name).toBeGreaterThan(0);
    }
    expect(tables.organizations.length).toBe(realEntries().length);
  });

  it.each(TABLES.map((t) => [t]))('every object in %s validates against its HSDS 3 schema', (name) => {
    const validate = ajv.getSchema(`${ENTITY[name]}.json`)!;
    for (const row of tables[name]) {
      expect(validate(row), `${name} ${JSON.stringify(row)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it.each(TABLES.map((t) => [t]))('%s uses only fields of the specification, and its CSV columns too', (name) => {
    const known = Object.keys(schemas[ENTITY[name]]!.properties);
    for (const row of tables[name]) for (const key of Object.keys(row)) expect(known, `${name}.${key}`).toContain(key);
    for (const column of COLUMNS[name]) expect(known).toContain(column);
    for (const row of tables[name]) for (const key of Object.keys(row)) expect(COLUMNS[name] as readonly string[]).toContain(key);
  });

  it('links every reference to an object that exists', () => {
    const ids = (t: (typeof TABLES)[number]) => new Set(tables[t].map((r) => r.id));
    const [orgs, services, locations] = [ids('organizations'), ids('services'), ids('locations')];
    for (const s of tables.services) expect(orgs.has(s.organization_id)).toBe(true);
    for (const p of tables.phones) expect(orgs.has(p.organization_id)).toBe(true);
    for (const a of tables.addresses) expect(locations.has(a.location_id)).toBe(true);
    for (const sal of tables.service_at_locations) expect(services.has(sal.service_id) && locations.has(sal.location_id)).toBe(true);
    for (const sch of tables.schedules) expect(services.has(sch.service_id) || locations.has(sch.location_id)).toBe(true);
    const all = TABLES.flatMap((t) => tables[t].map((r) => r.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps the opening hours as weekly rules with the OpenStreetMap string in notes', () => {
    const gops = tables.organizations.find((o) => String(o.name).includes('Wejherowie'))!;
    const location = tables.locations.find((l) => l.organization_id === gops.id)!;
    const rules = tables.schedules.filter((s) => s.location_id === location.id);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules[0]).toMatchObject({ freq: 'WEEKLY', byday: expect.stringMatching(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/) });
    expect(String(rules[0]!.notes)).toMatch(/^OpenStreetMap opening_hours: /);
  });
});

describe('weekly rules', () => {
  it('groups days with the same hours', () => {
    const week = [
      [[450, 930]],
      [[450, 930]],
      [[450, 930]],
      [[450, 930]],
      [
        [450, 900],
        [960, 1080],
      ],
      [],
      [],
    ] as const;
    expect(weeklyRules(week)).toEqual([
      { byday: 'MO,TU,WE,TH', opens_at: '07:30', closes_at: '15:30' },
      { byday: 'FR', opens_at: '07:30', closes_at: '15:00' },
      { byday: 'FR', opens_at: '16:00', closes_at: '18:00' },
    ]);
    expect(weeklyRules(Array(7).fill([[0, 1440]]))).toEqual([{ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00' }]);
  });
});

describe('plain text for descriptions', () => {
  it('keeps link text and drops Markdown marks and raw HTML, a script with its code', () => {
    expect(plainText('**Porady** [na stronie](https://x.pl).\n\n<script>alert(1)</script>Koniec')).toBe('Porady na stronie.');
  });
});

describe('ids and CSV', () => {
  it('makes stable version-5 UUIDs (RFC 9562 test vector)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('quotes CSV fields that need it', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x, "y"', b: 1 }, { a: 'z' }])).toBe('a,b\r\n"x, ""y""",1\r\nz,\r\n');
  });
});
