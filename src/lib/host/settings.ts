/**
 * The public body that publishes this site (the "host"): its name and the accessibility contact, and the dates the
 * accessibility statement must give. They come from build settings (PUBLIC_HOST_* variables, listed in the README);
 * whatever is not set falls back to a visible placeholder, and the pages say so, so a deployment can never present
 * made-up contact data as real.
 */

/** The date this site's accessibility statement and its ETR page were written; the default for every date below. */
export const STATEMENT_WRITTEN = '2026-12-02';

export const HOST_VARIABLES = {
  name: 'PUBLIC_HOST_NAME',
  contactPerson: 'PUBLIC_HOST_A11Y_CONTACT',
  email: 'PUBLIC_HOST_A11Y_EMAIL',
  phone: 'PUBLIC_HOST_A11Y_PHONE',
  address: 'PUBLIC_HOST_ADDRESS',
  published: 'PUBLIC_SITE_PUBLISHED',
  updated: 'PUBLIC_SITE_UPDATED',
  statementPrepared: 'PUBLIC_A11Y_STATEMENT_PREPARED',
  statementReviewed: 'PUBLIC_A11Y_STATEMENT_REVIEWED',
} as const;

type Key = keyof typeof HOST_VARIABLES;
const TEXT_KEYS = ['name', 'contactPerson', 'email', 'phone', 'address'] as const satisfies readonly Key[];
const DATE_KEYS = ['published', 'updated', 'statementPrepared', 'statementReviewed'] as const satisfies readonly Key[];

const PLACEHOLDERS: Record<(typeof TEXT_KEYS)[number], string> = {
  name: '[nazwa podmiotu publicznego, który publikuje stronę]',
  contactPerson: '[osoba odpowiedzialna za dostępność]',
  email: '[adres e-mail do spraw dostępności]',
  phone: '[telefon do spraw dostępności]',
  address: '[adres podmiotu publicznego]',
};

export type HostSettings = Record<(typeof TEXT_KEYS)[number] | (typeof DATE_KEYS)[number], string> & {
  /** Settings that were not given and show a placeholder (their variable names), in the order of HOST_VARIABLES. */
  missing: string[];
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the host's settings from build-time variables; throws a Polish message naming the variable on a bad date. */
export function readHostSettings(env: Readonly<Record<string, string | undefined>>): HostSettings {
  const missing: string[] = [];
  const value = (key: Key) => {
    const raw = env[HOST_VARIABLES[key]]?.trim();
    if (!raw) missing.push(HOST_VARIABLES[key]);
    return raw || undefined;
  };
  const out = { missing } as HostSettings;
  for (const key of TEXT_KEYS) out[key] = value(key) ?? PLACEHOLDERS[key];
  for (const key of DATE_KEYS) {
    const date = value(key) ?? STATEMENT_WRITTEN;
    if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) {
      throw new Error(`Ustawienie ${HOST_VARIABLES[key]}: wpisz datę w formacie RRRR-MM-DD, np. 2026-12-02 (jest: „${date}”).`);
    }
    out[key] = date;
  }
  return out;
}
