/**
 * The languages the contribution form offers as checkboxes ("W jakich językach można być obsłużonym?"),
 * Polish first and ticked by default. Chosen for the families who look for help in Poland:
 * - uk: Ukrainian, the language of the largest group of foreigners in Poland since 2022 (issue 18);
 * - ru: Russian, which many refugees from Ukraine and Belarus and migrants from Georgia and Central Asia speak;
 * - be: Belarusian, the second largest group of foreign workers in Poland;
 * - en: English, the common language of most other newcomers;
 * - de: German, the language of the border regions and of the German minority (Opolskie, Silesia).
 * An entry that already lists another language keeps it: the form shows it ticked beside these.
 */
export const FORM_LANGUAGES = ['pl', 'uk', 'ru', 'be', 'en', 'de'] as const;

/** The checkboxes for a draft: the offered languages, then any other the entry already lists. */
export function languageChoices(current: readonly string[]): string[] {
  return [...FORM_LANGUAGES, ...current.filter((c) => !(FORM_LANGUAGES as readonly string[]).includes(c))];
}

/** The draft's languages after ticking or unticking one, in the order of the checkboxes (Polish first). */
export function toggleLanguage(current: readonly string[], code: string, on: boolean): string[] {
  const next = on ? [...new Set([...current, code])] : current.filter((c) => c !== code);
  const order = languageChoices(next);
  return order.filter((c) => next.includes(c));
}
