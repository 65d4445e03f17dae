/**
 * The form's draft as entry data for the schema: numbers parsed, phones in the stored format,
 * empty rows dropped. Apart from draft.ts because it brings the phone library, which the form
 * loads only with its checks.
 */
import { checkPhone } from '../../formats/phone.ts';
import { slugify } from '../../formats/text.ts';
import type { EntryData, EntryDraft } from './draft.ts';

/** A number when the text is one (Polish comma accepted), else the text, so the schema explains. */
function numberOrText(text: string): number | string | undefined {
  const t = text.trim().replace(',', '.');
  if (t === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text.trim();
}

/** A number the way it is stored ("+48 85 711 73 46") when it is a valid one; else as typed, so the schema explains. */
function storedPhone(typed: string): string {
  const check = checkPhone(typed);
  return check.ok ? check.canonical : typed.trim();
}

/** Rows with a number; spaces and dashes typed in the number are dropped (the stored form is digits only). */
function identifiersData(rows: EntryDraft['identifiers']): EntryData[] | undefined {
  const filled = rows.filter((r) => r.value.trim());
  return filled.length ? filled.map((r) => ({ scheme: r.scheme, value: r.value.replace(/[\s-]/g, '') })) : undefined;
}

export function draftToData(d: EntryDraft): EntryData {
  const hasAddress = d.street.trim() || d.postal_code.trim() || d.city.trim();
  const hasLocation = d.lat.trim() || d.lng.trim();
  return {
    id: d.id,
    name: d.name,
    short_name: d.short_name,
    type: d.type || undefined,
    status: d.status,
    gmina: d.gmina || undefined,
    serves: d.serves,
    address: hasAddress || d.hidden ? { street: d.street, postal_code: d.postal_code || undefined, city: d.city, hidden: d.hidden } : undefined,
    location: hasLocation ? { lat: numberOrText(d.lat), lng: numberOrText(d.lng), precision: d.precision } : undefined,
    phones: d.phones.filter((p) => p.number.trim() || p.label.trim()).map((p) => ({ number: storedPhone(p.number), label: p.label })),
    emails: d.emails.split(/[\s,;]+/).filter(Boolean),
    website: d.website.trim() || undefined,
    hours: d.hours.trim() || undefined,
    hours_note: d.hours_note,
    services: d.services.map((s) => ({
      id: s.id || slugify(s.name).slice(0, 40).replace(/-+$/, '') || 'usluga',
      name: s.name,
      description: s.description,
      needs: s.needs,
      forms: s.forms,
      audiences: s.audiences,
      cost: s.cost || undefined,
      access: s.access,
    })),
    languages: d.languages,
    accessibility: d.accessibility,
    identifiers: identifiersData(d.identifiers),
    verified: { date: d.verified_date, source: d.verified_source, source_date: d.verified_source_date.trim() || undefined },
  };
}
