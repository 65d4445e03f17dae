/**
 * Opening hours in OpenStreetMap syntax, read with the opening_hours library
 * (build time and validation only; the browser gets the WeekSchedule).
 */
import OpeningHours from 'opening_hours';
import type { Range, WeekSchedule } from './week.ts';

/** Many entries share a few hours strings ("Mo-Fr 07:30-15:30"): parse each once. */
const validity = new Map<string, boolean>();

export function isValidOpeningHours(value: string): boolean {
  let valid = validity.get(value);
  if (valid === undefined) {
    try {
      new OpeningHours(value);
      valid = true;
    } catch {
      valid = false;
    }
    validity.set(value, valid);
  }
  return valid;
}

/**
 * The week of an hours string, evaluated once per distinct string and shared (callers only read it).
 * Evaluates the rule over a reference week with no public holidays (8–15 January 2024,
 * Monday to Monday) in local time, so the result does not depend on the machine's time zone.
 */
const schedules = new Map<string, WeekSchedule>();

export function weeklySchedule(value: string): WeekSchedule {
  let week = schedules.get(value);
  if (!week) {
    week = evaluateWeek(value);
    schedules.set(value, week);
  }
  return week;
}

function evaluateWeek(value: string): WeekSchedule {
  const oh = new OpeningHours(value);
  const week: Range[][] = [];
  for (let day = 0; day < 7; day++) {
    const from = new Date(2024, 0, 8 + day, 0, 0, 0);
    const to = new Date(2024, 0, 9 + day, 0, 0, 0);
    const ranges: Range[] = [];
    for (const [start, end] of oh.getOpenIntervals(from, to)) {
      const a = start.getHours() * 60 + start.getMinutes();
      const endsNextDay = end.getTime() >= to.getTime();
      const b = endsNextDay ? 1440 : end.getHours() * 60 + end.getMinutes();
      if (b > a) ranges.push([a, b]);
    }
    week.push(ranges);
  }
  return week;
}
