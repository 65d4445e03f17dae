/** "Open now" for a given moment, in Polish local time. Pure: `now` is passed in. */
import { formatMinutes, type WeekSchedule } from '../../formats/week.ts';

const WEEKDAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Warsaw',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Day of week (0 = Monday) and minutes since midnight in Poland at the moment `now`. */
export function warsawClock(now: Date): { day: number; minutes: number } {
  const parts = Object.fromEntries(formatter.formatToParts(now).map((p) => [p.type, p.value]));
  return { day: WEEKDAYS[parts.weekday!] ?? 0, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

export type OpenState = { open: true; until: string | null } | { open: false };

export function openState(week: WeekSchedule, now: Date): OpenState {
  const { day, minutes } = warsawClock(now);
  for (const [a, b] of week[day] ?? []) {
    if (minutes >= a && minutes < b) {
      const wholeDay = a === 0 && b === 1440;
      return { open: true, until: wholeDay ? null : formatMinutes(b === 1440 ? 0 : b) };
    }
  }
  return { open: false };
}
