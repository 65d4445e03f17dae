/**
 * Official register identifiers of an institution and their check digits.
 * REGON (GUS register, 9 or 14 digits) and NIP (tax number, 10 digits) carry a check digit
 * (weighted sum modulo 11, as GUS and the Ministry of Finance publish it). KRS (court register),
 * RSPO (register of schools and educational institutions) and RPWDL (register of health care
 * providers, the number of the register book) are plain numbers: only their form is checked.
 */
export const IDENTIFIER_SCHEMES = ['REGON', 'KRS', 'NIP', 'RSPO', 'RPWDL'] as const;
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

/** What each scheme is, in Polish, for messages and the form. */
export const SCHEME_NAMES: Record<IdentifierScheme, string> = {
  REGON: 'REGON (rejestr GUS)',
  KRS: 'KRS (Krajowy Rejestr Sądowy)',
  NIP: 'NIP (numer podatkowy)',
  RSPO: 'RSPO (rejestr szkół i placówek oświatowych)',
  RPWDL: 'RPWDL (rejestr podmiotów leczniczych, numer księgi rejestrowej)',
};

const digits = (value: string) => [...value].map(Number);

function mod11(value: string, weights: readonly number[]): number {
  const sum = digits(value).reduce((acc, d, i) => acc + d * (weights[i] ?? 0), 0);
  return sum % 11;
}

function regonOk(value: string): boolean {
  if (value.length === 9) return mod11(value, [8, 9, 2, 3, 4, 5, 6, 7]) % 10 === Number(value[8]);
  // A 14-digit REGON (a local unit) starts with its parent's valid 9-digit REGON.
  return regonOk(value.slice(0, 9)) && mod11(value, [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8]) % 10 === Number(value[13]);
}

function nipOk(value: string): boolean {
  const check = mod11(value, [6, 5, 7, 2, 3, 4, 5, 6, 7]);
  return check !== 10 && check === Number(value[9]);
}

const FORMS: Record<IdentifierScheme, { pattern: RegExp; form: string }> = {
  REGON: { pattern: /^(\d{9}|\d{14})$/, form: '9 albo 14 cyfr' },
  KRS: { pattern: /^\d{10}$/, form: '10 cyfr (z zerami na początku, np. 0000012345)' },
  NIP: { pattern: /^\d{10}$/, form: '10 cyfr' },
  RSPO: { pattern: /^\d{1,7}$/, form: 'sam numer RSPO (do 7 cyfr)' },
  RPWDL: { pattern: /^\d{12}$/, form: '12 cyfr numeru księgi rejestrowej (z zerami na początku)' },
};

/** Spaces and dashes are allowed when typing ("526-025-02-74"); the stored value is digits only. */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** Why an identifier is wrong, in Polish with a fix, or undefined when it is right. Expects the compact value. */
export function identifierProblem(scheme: IdentifierScheme, value: string): string | undefined {
  const { pattern, form } = FORMS[scheme];
  if (!pattern.test(value)) return `${scheme} „${value}” ma niepoprawną postać: wpisz ${form}, bez spacji i kresek.`;
  if (scheme === 'REGON' && !regonOk(value)) return `REGON „${value}” ma błędną cyfrę kontrolną. Przepisz go jeszcze raz z rejestru REGON (wyszukiwarka GUS).`;
  if (scheme === 'NIP' && !nipOk(value)) return `NIP „${value}” ma błędną cyfrę kontrolną. Przepisz go jeszcze raz, np. z rejestru REGON albo KRS.`;
  return undefined;
}
