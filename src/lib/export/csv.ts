/**
 * A text cell that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP recommends against CSV injection: "+48 85 …" is shown as
 * text, "=HYPERLINK(…)" is never run. Numbers stay numbers. The file is read as UTF-8 with the byte
 * order mark that the route (src/pages/dane/[table].csv.ts) puts before it.
 */
export function neutralised(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 CSV: a header row, then one row per object; fields quoted when they need it, formulas neutralised. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string | number | undefined>[]): string {
  const cell = (value: string | number | undefined) => {
    const text = neutralised(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns, ...rows.map((r) => columns.map((c) => r[c]))].map((line) => line.map((v) => cell(v as string)).join(',')).join('\r\n') + '\r\n';
}

/** Columns of each table: the HSDS fields this export fills, in the specification's order. */
export const COLUMNS = {
  organizations: ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'uri'],
  organization_identifiers: ['id', 'organization_id', 'identifier_type', 'identifier'],
  services: ['id', 'organization_id', 'name', 'description', 'url', 'status', 'application_process', 'fees_description', 'assured_date'],
  locations: ['id', 'location_type', 'organization_id', 'name', 'description', 'latitude', 'longitude', 'external_identifier', 'external_identifier_type'],
  addresses: ['id', 'location_id', 'address_1', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'],
  phones: ['id', 'organization_id', 'number', 'type', 'description'],
  schedules: ['id', 'service_id', 'location_id', 'wkst', 'freq', 'byday', 'description', 'opens_at', 'closes_at', 'notes'],
  service_areas: ['id', 'service_id', 'name', 'description', 'extent', 'extent_type'],
  service_at_locations: ['id', 'service_id', 'location_id'],
  languages: ['id', 'service_id', 'name', 'code'],
} as const;
