/**
 * HSDS 3 schedules from a WeekSchedule: one weekly rule per distinct opening range,
 * with the days it applies to (RFC 5545 BYDAY), e.g. MO,TU,WE,TH,FR 07:30–15:30.
 */
import type { WeekSchedule } from '../../formats/week.ts';

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface WeeklyRule {
  byday: string;
  opens_at: string;
  closes_at: string;
}

/** "07:30"; the end of the day is "24:00" (ISO 8601). */
export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function weeklyRules(week: WeekSchedule): WeeklyRule[] {
  const rules = new Map<string, { days: number[]; from: number; to: number }>();
  week.forEach((ranges, day) => {
    for (const [from, to] of ranges) {
      const key = `${from}-${to}`;
      const rule = rules.get(key) ?? { days: [], from, to };
      rule.days.push(day);
      rules.set(key, rule);
    }
  });
  return [...rules.values()]
    .sort((a, b) => a.days[0]! - b.days[0]! || a.from - b.from)
    .map((r) => ({ byday: r.days.map((d) => BYDAY[d]).join(','), opens_at: hhmm(r.from), closes_at: hhmm(r.to) }));
}
