/** Dates in Polish words: "23 listopada 2026". Input is an ISO date (YYYY-MM-DD). */
const formatter = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDatePl(iso: string): string {
  return formatter.format(new Date(`${iso}T00:00:00Z`));
}
