/**
 * Field builders shared by the content schemas. Every message is Polish and says
 * what to write instead, because contributors read them in a failed build or in the form.
 */
import { z } from 'astro/zod';
import { count } from '../i18n/index.ts';
import { checkPhone } from '../formats/phone.ts';
import { LIMITS } from './limits.ts';

// The schemas also run in the browser (the contribution form, opening a catalogue file), where the
// Content-Security-Policy forbids eval: zod's compiled fast path would only try it and be blocked.
// In Node (the build and the validator, over tens of thousands of files) the fast path is allowed.
z.config({ jitless: typeof document !== 'undefined' });

/** A value as a message shows it: at most 40 characters, so a 10,000-character mistake does not flood the report. */
export function shown(value: unknown, max = 40): string {
  const text = String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** "Nazwa (name) ma 612 znaków; najwięcej 200. Skróć ją…" */
export function tooLongText(what: string, max: number, hint = 'Skróć ten tekst.') {
  return (iss: { input?: unknown }) => `${what} ma ${count(String(iss.input ?? '').length, 'character')}; najwięcej ${max}. ${hint}`;
}

/** "Usługi (services): lista ma 31 pozycji; najwięcej 30. …" */
export function tooManyItems(what: string, max: number, hint = 'Zostaw najważniejsze.') {
  return (iss: { input?: unknown }) => `${what}: lista ma ${count(Array.isArray(iss.input) ? iss.input.length : 0, 'item')}; najwięcej ${max}. ${hint}`;
}

export interface TextLimit {
  /** Most characters (after trimming); LIMITS.text.other when left out. */
  max?: number;
  /** What to do when it is longer. */
  shorten?: string;
}

/** A required text field with a hint for when it is missing, empty or too long. */
export function requiredText(what: string, hint: string, limit: TextLimit = {}) {
  const max = limit.max ?? LIMITS.text.other;
  return z
    .string({ error: (iss) => (iss.input === undefined ? `Brak pola: ${what}. ${hint}` : `${what} musi być tekstem. ${hint}`) })
    .trim()
    .min(1, `${what} jest puste. ${hint}`)
    .max(max, { error: tooLongText(what, max, limit.shorten) });
}

export function optionalText(what: string, limit: TextLimit = {}) {
  const max = limit.max ?? LIMITS.text.other;
  return z
    .string({ error: `${what} musi być tekstem.` })
    .trim()
    .max(max, { error: tooLongText(what, max, limit.shorten) })
    .optional();
}

/** A list with at most `max` items. */
export function limitedList<T extends z.ZodType>(item: T, what: string, max: number, params: { error?: string; hint?: string } = {}) {
  return z.array(item, params.error ? { error: params.error } : undefined).max(max, { error: tooManyItems(what, max, params.hint) });
}

/** The message for a field that the schema does not know (a typo such as "adress", or "__proto__"). */
export function unknownFieldMessage(key: string): string {
  if (key === '<<') {
    return 'Klucz scalający „<<” (YAML) nie jest obsługiwany. Wpisz pola wprost, bez kotwic (&) i odwołań (*).';
  }
  return `Nieznane pole „${shown(key)}”. Sprawdź pisownię (np. address, phones, services) albo usuń to pole; lista pól jest w CONTRIBUTING.md.`;
}

/**
 * An object that refuses fields it does not know, so a typo never loses data silently;
 * `typeError` is the message when the value is not an object at all.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T, typeError?: string) {
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? iss.keys.map(unknownFieldMessage).join(' ') : typeError),
  });
}

export const slugId = (what: string) =>
  z
    .string({ error: `Brak identyfikatora (${what}).` })
    .max(LIMITS.text.id, { error: tooLongText(what, LIMITS.text.id) })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `${what}: użyj małych liter bez polskich znaków, cyfr i myślników, np. „pomoc-prawna”.`);

export const uuid = z
  .string({ error: 'Brak pola id. Wpisz identyfikator UUID, np. wygenerowany na stronie /zglos/ (formularz zrobi to za Ciebie).' })
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    'Pole id musi być identyfikatorem UUID zapisanym małymi literami, np. „0b7f3c52-2d5e-4b1a-9c3e-5f2a7d9e1c40”. Nie zmieniaj id istniejącego wpisu.',
  );

export const postalCode = z
  .string({ error: 'Kod pocztowy musi być tekstem w cudzysłowie, np. "16-200".' })
  .regex(/^\d{2}-\d{3}$/, 'Kod pocztowy zapisz w formacie NN-NNN, np. "16-200".');

/** A phone number in the stored format; the message shows the canonical form when the number is valid but written otherwise. */
export const phoneNumber = z.string({ error: 'Numer telefonu musi być tekstem, np. "+48 85 711 73 46".' }).superRefine((value, ctx) => {
  const check = checkPhone(value);
  if (!check.ok) {
    ctx.addIssue({ code: 'custom', message: `Numer „${shown(value)}”: ${check.reason}. Wpisz numer z kierunkowym, np. "+48 85 711 73 46".` });
  } else if (check.canonical !== value) {
    ctx.addIssue({ code: 'custom', message: `Numer „${shown(value)}” zapisz w jednolitym formacie: "${check.canonical}".` });
  }
});

export const email = z
  .email({ error: 'Adres e-mail jest niepoprawny. Wpisz go w formacie nazwa@domena.pl.' })
  .max(LIMITS.text.email, { error: tooLongText('Adres e-mail', LIMITS.text.email) });

export const httpUrl = z
  .url({ protocol: /^https?$/, error: 'Adres strony musi być pełnym adresem zaczynającym się od https:// (lub http://).' })
  .max(LIMITS.text.website, {
    error: tooLongText('Adres strony (website)', LIMITS.text.website, 'Podaj adres strony głównej placówki albo jej podstrony o wsparciu.'),
  });

/** ISO date (YAML may give a Date or a string); the output is always "YYYY-MM-DD". */
export const isoDate = (what: string) => {
  const message = `${what}: wpisz datę w formacie RRRR-MM-DD, np. 2026-11-23.`;
  return z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: message })
      .regex(/^\d{4}-\d{2}-\d{2}$/, message)
      .refine((s) => !Number.isNaN(Date.parse(s)), message),
  );
};

/** A list of taxonomy term ids that must all exist. */
export function termList(what: string, known: ReadonlySet<string>, opts: { min?: number; max?: number; hint: string }) {
  const max = opts.max ?? LIMITS.list.terms;
  const list = z
    .array(z.string({ error: `${what}: każdy element musi być identyfikatorem z taksonomii.` }), {
      error: `${what} musi być listą, np. [pomoc-psychologiczna]. ${opts.hint}`,
    })
    .max(max, { error: tooManyItems(what, max, 'Zostaw te, które najlepiej opisują tę usługę.') });
  return (
    opts.min ? list.min(opts.min, `${what}: podaj co najmniej ${opts.min === 1 ? 'jedną pozycję' : `${opts.min} pozycje`}. ${opts.hint}`) : list
  ).superRefine((ids, ctx) => {
    ids.forEach((id, i) => {
      if (!known.has(id)) {
        ctx.addIssue({ code: 'custom', path: [i], message: `${what}: nieznana wartość „${shown(id)}”. ${opts.hint}` });
      }
    });
  });
}
