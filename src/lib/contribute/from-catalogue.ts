/**
 * "Przekaż do katalogu": an entry the assistant added (or filled in) in a family's catalogue, turned
 * into a prefill of the contribution form (/zglos/). Only the institution's own data crosses over:
 * name, kind, address, phones, e-mail, website, hours, what it offers. Nothing about the family
 * (pseudonym, goals, resources, the family's needs, even those the assistant ticked for this entry,
 * plan, why, next step, contact person, documents, the assistant's note) is read here, so none of it
 * can reach the form or the entry file.
 *
 * Transport: the URL fragment (#katalog=…). Browsers never send the fragment to the server, so the
 * data goes from one tab of this site to another without passing through any server or its logs
 * (a query string would be sent to the host with the request). Light: no schema code, for the builder.
 */
import type { Chosen } from '../catalogue/model.ts';
import type { EntryDraft } from './draft.ts';

/** What the form accepts from a catalogue: every value is institution data, as typed by the assistant. */
export interface CataloguePrefill {
  name: string;
  type: string;
  gmina: string;
  street: string;
  postal_code: string;
  city: string;
  phones: { number: string; label: string }[];
  emails: string;
  website: string;
  hours_note: string;
  offers: string;
}

export const PREFILL_KEY = 'katalog';
/** A prefill longer than this is not read (an entry's data is a few hundred characters). */
const MAX_FRAGMENT = 20_000;

/** The institution data of a chosen item: the assistant's additions over the directory's snapshot. */
export function prefillFrom(chosen: Pick<Chosen, 'snapshot' | 'added'>, gminaCode: string): CataloguePrefill {
  const a = chosen.added;
  const s = chosen.snapshot;
  const own = s.kind === 'own';
  return {
    name: a.name.trim() || (own ? '' : s.name),
    type: a.type,
    gmina: s.gmina ?? gminaCode,
    street: a.street,
    postal_code: a.postalCode,
    city: a.city,
    phones: a.phones.map((p) => ({ number: p.number, label: p.label })),
    emails: a.email,
    website: a.website,
    hours_note: a.hours,
    offers: a.offers,
  };
}

/** The directory page a chosen item came from, as the correction form's query (?popraw=<slug>&woj=<code>). */
export function correctionQuery(chosen: Pick<Chosen, 'snapshot'>): string {
  const slug = /^\/placowka\/([a-z0-9-]+)\/$/.exec(chosen.snapshot.url)?.[1];
  const woj = chosen.snapshot.gmina?.slice(0, 2);
  return chosen.snapshot.kind === 'institution' && slug && woj ? `?popraw=${slug}&woj=${woj}` : '';
}

const toBase64Url = (text: string) => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

/** The address of the form with this chosen item's data: a correction of its directory entry, or a new entry. */
export function contributionHref(formPath: string, chosen: Pick<Chosen, 'snapshot' | 'added'>, gminaCode: string): string {
  return `${formPath}${correctionQuery(chosen)}#${PREFILL_KEY}=${toBase64Url(JSON.stringify(prefillFrom(chosen, gminaCode)))}`;
}

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

/** The prefill carried in a URL fragment, or undefined; reads only the known fields, each a string of bounded length. */
export function readPrefill(hash: string): CataloguePrefill | undefined {
  const m = new RegExp(`^#${PREFILL_KEY}=([A-Za-z0-9_-]+)$`).exec(hash);
  if (!m || m[1]!.length > MAX_FRAGMENT) return undefined;
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(fromBase64Url(m[1]!));
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const phones = Array.isArray(data.phones) ? data.phones.slice(0, 10) : [];
  return {
    name: str(data.name, 300),
    type: str(data.type, 60),
    gmina: /^\d{7}$/.test(str(data.gmina, 7)) ? str(data.gmina, 7) : '',
    street: str(data.street, 200),
    postal_code: str(data.postal_code, 10),
    city: str(data.city, 100),
    phones: phones.map((p: { number?: unknown; label?: unknown }) => ({ number: str(p?.number, 40), label: str(p?.label, 120) })).filter((p) => p.number),
    emails: str(data.emails, 200),
    website: str(data.website, 300),
    hours_note: str(data.hours_note, 300),
    offers: str(data.offers, 2000),
  };
}

/**
 * The form's draft with the prefill applied: a value the assistant gave replaces the draft's, phones are
 * added to those already there, what it offers becomes the first service's description when that is empty.
 */
export function applyPrefill(draft: EntryDraft, p: CataloguePrefill): EntryDraft {
  const given = (v: string, old: string) => (v.trim() ? v.trim() : old);
  const known = new Set(draft.phones.map((x) => x.number.replace(/\D/g, '').replace(/^48(?=\d{9}$)/, '')));
  const newPhones = p.phones.filter((x) => !known.has(x.number.replace(/\D/g, '').replace(/^48(?=\d{9}$)/, '')));
  const phones = [...draft.phones.filter((x) => x.number.trim() || x.label.trim()), ...newPhones];
  const [first, ...rest] = draft.services;
  const services =
    first && !first.name.trim() && !first.description.trim() && p.offers.trim() ? [{ ...first, description: p.offers.trim() }, ...rest] : draft.services;
  const address = p.street.trim() || p.postal_code.trim() || p.city.trim();
  return {
    ...draft,
    name: given(p.name, draft.name),
    type: given(p.type, draft.type),
    gmina: given(p.gmina, draft.gmina),
    street: address ? p.street.trim() : draft.street,
    postal_code: address ? p.postal_code.trim() : draft.postal_code,
    city: address ? p.city.trim() : draft.city,
    phones: phones.length ? phones : [{ number: '', label: '' }],
    emails: p.emails.trim() && !draft.emails.includes(p.emails.trim()) ? [draft.emails, p.emails.trim()].filter(Boolean).join(', ') : draft.emails,
    website: given(p.website, draft.website),
    hours_note: given(p.hours_note, draft.hours_note),
    services,
  };
}
