/**
 * What the assistant adds to a chosen item (its schema) and the field rules for it (phone, postal code, e-mail, website, lengths): the
 * directory's own checks (src/schemas/fields.ts, the phone library), so the messages are the ones a
 * contributor sees. Used as the assistant types (loaded with the form, not on first load) and when a
 * catalogue file is opened. A valid phone written otherwise is stored in the directory's one format.
 */
import { z } from 'astro/zod';
import { email, httpUrl, phoneNumber, postalCode } from './fields.ts';
import { checkPhone } from '../formats/phone.ts';

/** What the assistant added (see src/lib/catalogue/added.ts), checked with the rules below when a catalogue file is opened. */
export const addedSchema = z.strictObject({
  name: z.string(),
  type: z.string(),
  offers: z.string(),
  needs: z.array(z.string().max(60)).max(30),
  phones: z.array(z.strictObject({ number: z.string(), label: z.string() })).max(10),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  email: z.string(),
  website: z.string(),
  hours: z.string(),
  note: z.string(),
});
export type Added = z.output<typeof addedSchema>;

export interface AddedProblem {
  /** The field of Added, e.g. "postalCode" or "phones.1.number". */
  field: string;
  message: string;
}

/** Longest text per field (the same limits the file schema holds). */
export const ADDED_MAX = {
  name: 300,
  type: 60,
  offers: 2000,
  street: 200,
  postalCode: 10,
  city: 100,
  email: 200,
  website: 300,
  hours: 300,
  note: 2000,
  label: 120,
  number: 40,
} as const;

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? '' : (r.error?.issues[0]?.message ?? ''));

/** The numbers in the stored format ("+48 85 711 73 46") where they are valid; others as typed, so the check explains. Rows keep their places. */
export function normalizeAdded(a: Added): Added {
  return {
    ...a,
    phones: a.phones
      .map((p) => ({ number: p.number.trim(), label: p.label.trim() }))
      .map((p) => {
        const check = checkPhone(p.number);
        return check.ok ? { ...p, number: check.canonical } : p;
      }),
    postalCode: a.postalCode.trim(),
    email: a.email.trim(),
    website: a.website.trim(),
  };
}

/** What is wrong with the added details, in the directory's words; `own` entries also need a name. */
export function addedProblems(a: Added, own: boolean): AddedProblem[] {
  const out: AddedProblem[] = [];
  if (own && !a.name.trim())
    out.push({ field: 'name', message: 'Nazwa jest pusta. Wpisz, jak nazywa się to miejsce lub ta pomoc, np. „Parafialny bank żywności”.' });
  for (const key of ['name', 'type', 'offers', 'street', 'postalCode', 'city', 'email', 'website', 'hours', 'note'] as const) {
    if (a[key].length > ADDED_MAX[key])
      out.push({ field: key, message: `Ten tekst jest za długi: najwyżej ${ADDED_MAX[key]} znaków (jest ${a[key].length}). Skróć go.` });
  }
  a.phones.forEach((p, i) => {
    if (!p.number.trim() && !p.label.trim()) return; // an empty row is dropped when saved
    if (!p.number.trim()) {
      out.push({ field: `phones.${i}.number`, message: 'Brak numeru telefonu. Wpisz numer z kierunkowym, np. "+48 85 711 73 46", albo usuń ten telefon.' });
    } else {
      const m = firstMessage(phoneNumber.safeParse(p.number));
      if (m) out.push({ field: `phones.${i}.number`, message: m });
    }
    if (p.label.length > ADDED_MAX.label) out.push({ field: `phones.${i}.label`, message: `Opis numeru jest za długi: najwyżej ${ADDED_MAX.label} znaków.` });
  });
  if (a.postalCode) {
    const m = firstMessage(postalCode.safeParse(a.postalCode));
    if (m) out.push({ field: 'postalCode', message: m });
  }
  if (a.email) {
    const m = firstMessage(email.safeParse(a.email));
    if (m) out.push({ field: 'email', message: m });
  }
  if (a.website) {
    const m = firstMessage(httpUrl.safeParse(a.website));
    if (m) out.push({ field: 'website', message: m });
  }
  return out;
}

/** The assistant's input made ready to keep: normalized, with the problems (none means it may be saved). */
export function checkAdded(a: Added, own: boolean): { added: Added; problems: AddedProblem[] } {
  const added = normalizeAdded(a);
  return { added: { ...added, phones: added.phones.filter((p) => p.number || p.label) }, problems: addedProblems(added, own) };
}
