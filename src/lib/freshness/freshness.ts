/**
 * How fresh an entry's data is. The freshness date is the date of the source document the data
 * comes from (verified.source_date) or, without one, the day the data was checked (verified.date).
 * A source date may be coarse ("2019", "2024-06") when the document gives no day: it counts from
 * the first day of that year or month, so a warning is never late.
 * Pure: every function that needs today takes it as an ISO date (YYYY-MM-DD).
 */

/** Older than this, an entry says "call before you go" and ranks after fresher ones. */
export const STALE_AFTER_MONTHS = 12;
/** Older than this, the validator warns (CI annotations). */
export const WARN_AFTER_MONTHS = 24;

export const STALE_NOTICE = 'Dane sprawdzone ponad rok temu: zadzwoń przed wizytą.';

export interface VerifiedLike {
  date: string;
  source_date?: string | undefined;
}

/** A coarse date as a full ISO date: its first day. */
export function firstDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

/** The freshness date, as a full ISO date. */
export function freshnessDate(verified: VerifiedLike): string {
  return firstDay(verified.source_date ?? verified.date);
}

/** The ISO date `months` months before `today` (end-of-month days clamp, e.g. 31 March → 28/29 February). */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Older than `months` months on `today`. */
export function olderThan(freshness: string, today: string, months: number): boolean {
  return firstDay(freshness) < monthsBefore(today, months);
}

export function isStale(verified: VerifiedLike, today: string): boolean {
  return olderThan(freshnessDate(verified), today, STALE_AFTER_MONTHS);
}

/** Comparator: the fresher entry first (ISO dates compare as text). Ties are left to the next key. */
export function fresherFirst(a: string, b: string): number {
  const fa = firstDay(a);
  const fb = firstDay(b);
  return fa === fb ? 0 : fa > fb ? -1 : 1;
}
