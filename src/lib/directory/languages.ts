/**
 * The languages an entry serves in, in words. Names come from `Intl.DisplayNames` (no dictionary, no
 * library); the Polish forms are built from them: a language's name is an adjective ("ukraiński"), its
 * locative adds "m" ("w języku ukraińskim") and its adverb ends in "u" ("po ukraińsku"). A name that is
 * not such an adjective (a code the browser does not know, a name of several words) falls back to the
 * plain list of names ("Języki obsługi: polski, …"), which is always correct.
 */

/** The language every entry is assumed to serve in (the schema's default). */
export const POLISH = 'pl';

/** The entry's languages other than Polish, each once, in the entry's order. */
export function otherLanguages(codes: readonly string[]): string[] {
  return [...new Set(codes)].filter((c) => c !== POLISH);
}

/** A language's name in the locale's words ("ukraiński" in Polish); the code itself when unknown. */
export function languageName(code: string, locale = 'pl'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in that language ("українська"), for a hint addressed to its speakers. */
export function nativeLanguageName(code: string): string {
  return languageName(code, code);
}

interface PolishForms {
  /** "ukraińskim", as in "w języku ukraińskim" */
  locative: string;
  /** "po ukraińsku" */
  adverb: string;
}

/** The forms of a Polish adjectival language name ("-ski", "-cki", "-dzki"); null for any other name. */
export function polishForms(name: string): PolishForms | null {
  const stem = /^([a-ząćęłńóśźż]+(?:sk|ck|dzk))i$/.exec(name)?.[1];
  return stem ? { locative: `${name}m`, adverb: `po ${stem}u` } : null;
}

const and = (items: string[]) => new Intl.ListFormat('pl', { type: 'conjunction' }).format(items);

/** Every form of every language, or null when one name has no regular form. */
function formsOf(codes: readonly string[]): PolishForms[] | null {
  const forms = codes.map((c) => polishForms(languageName(c, 'pl')));
  return forms.every(Boolean) ? (forms as PolishForms[]) : null;
}

/** Polish first, then the others in the entry's order. */
const ordered = (codes: readonly string[]) => (codes.includes(POLISH) ? [POLISH, ...otherLanguages(codes)] : otherLanguages(codes));

/**
 * The institution page's line: "Obsługa w językach: polskim i ukraińskim"; "Obsługa w języku ukraińskim"
 * for one language; null when the entry serves in Polish only (nothing worth saying).
 */
export function languagesLine(codes: readonly string[]): string | null {
  if (otherLanguages(codes).length === 0) return null;
  const all = ordered(codes);
  const forms = formsOf(all);
  if (!forms) return `Języki obsługi: ${and(all.map((c) => languageName(c)))}`;
  return all.length === 1 ? `Obsługa w języku ${forms[0]!.locative}` : `Obsługa w językach: ${and(forms.map((f) => f.locative))}`;
}

/**
 * The short form for lists, from the languages other than Polish only (what a search record carries):
 * "Obsługa po ukraińsku", "Obsługa po ukraińsku i po angielsku"; null when there are none.
 */
export function languagesShort(codes: readonly string[]): string | null {
  const others = otherLanguages(codes);
  if (others.length === 0) return null;
  const forms = formsOf(others);
  return forms ? `Obsługa ${and(forms.map((f) => f.adverb))}` : `Inne języki obsługi: ${and(others.map((c) => languageName(c)))}`;
}
