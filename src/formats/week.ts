/**
 * A week of opening hours as plain data: seven lists of [from, to) minute ranges,
 * Monday first. Small enough to ship to the browser, so "open now" needs no library there.
 */

/** Minutes since midnight, [from, to), to may be 1440. */
export type Range = readonly [number, number];
/** Index 0 = Monday … 6 = Sunday. */
export type WeekSchedule = readonly (readonly Range[])[];

export const DAY_NAMES = ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'] as const;

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h}:${String(m).padStart(2, '0')}`;
}
