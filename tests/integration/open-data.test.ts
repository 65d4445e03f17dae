/** The published open data in dist/dane/: HSDS JSON valid against the specification's schemas, CSV tables that match it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, inject, it } from 'vitest';
import { COLUMNS, neutralised } from '../../src/lib/export/csv.ts';
import { ENTITY, TABLES } from '../../src/lib/export/hsds.ts';

const dist = inject('distDir');
const DIR = 'tests/fixtures/hsds-3.0';
// Loading tweaks as in src/lib/export/hsds.test.ts: registered by file name, strict mode off for Data Package keywords.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')), file);

const json = JSON.parse(readFileSync(join(dist, 'dane/hsds.json'), 'utf8')) as Record<string, Record<string, unknown>[]> & { licence: string };
const institutionCount = readdirSync('content/institutions', { recursive: true }).filter((f) => String(f).endsWith('.md')).length;

/** A small RFC 4180 reader, enough to check what toCsv writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  return rows;
}

describe('open data in dist/dane/', () => {
  it('holds every institution and every helpline, under CC BY 4.0 with TERYT named', () => {
    expect(json.organizations!.length).toBeGreaterThan(institutionCount);
    expect(json.licence).toMatch(/CC BY 4\.0.*TERYT.*Główny Urząd Statystyczny/);
  });

  it.each(TABLES.map((t) => [t]))('every object in %s.json validates against the HSDS 3 schema', (table) => {
    const validate = ajv.getSchema(`${ENTITY[table]}.json`)!;
    // No entry has an identifier yet (no source document gives one): that table may be empty; src/lib/export/hsds.test.ts validates its rows.
    if (table !== 'organization_identifiers') expect(json[table]!.length).toBeGreaterThan(0);
    for (const row of json[table]!) expect(validate(row), ajv.errorsText(validate.errors)).toBe(true);
  });

  it.each(TABLES.map((t) => [t]))('%s.csv has the table’s columns and the same rows as the JSON', (table) => {
    const text = readFileSync(join(dist, `dane/${table}.csv`), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([...COLUMNS[table]]);
    expect(rows.length).toBe(json[table]!.length);
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    rows.forEach((r, i) => {
      // The same values, with what a spreadsheet would run as a formula (e.g. "+48 …") behind an apostrophe.
      const expected = COLUMNS[table].map((c) => neutralised(json[table]![i]![c] as string | number | undefined));
      expect(r).toEqual(expected);
    });
  });

  it('explains the format and the licences on /dane/', () => {
    const page = readFileSync(join(dist, 'dane/index.html'), 'utf8');
    expect(page).toContain('href="/dane/hsds.json"');
    for (const t of TABLES) expect(page).toContain(`href="/dane/${t}.csv"`);
    expect(page).toMatch(/CC BY 4\.0/);
    expect(page).toMatch(/CC BY-SA 4\.0/);
    expect(page).toMatch(/Główny Urząd Statystyczny/);
  });
});
