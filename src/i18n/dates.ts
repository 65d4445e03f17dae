/** Dates in Polish words: "23 listopada 2026". Input is an ISO date (YYYY-MM-DD). */
const formatter = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** Every page shows the build date, and many entries share a verification date: format each once. */
const formatted = new Map<string, string>();

export function formatDatePl(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    text = formatter.format(new Date(`${iso}T00:00:00Z`));
    formatted.set(iso, text);
  }
  return text;
}
