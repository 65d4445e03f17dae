import { describe, expect, it } from 'vitest';
import { openState, warsawClock } from './open-now.ts';
import { weeklySchedule } from '../../formats/opening-hours.ts';
import { describeWeek } from './words.ts';

describe('opening hours', () => {
  it('describes a working week in Polish', () => {
    expect(describeWeek(weeklySchedule('Mo-Fr 07:30-15:30'))).toEqual(['poniedziałek–piątek: 7:30–15:30', 'sobota, niedziela: nieczynne']);
    expect(describeWeek(weeklySchedule('24/7'))).toEqual(['całą dobę, 7 dni w tygodniu']);
    expect(describeWeek(weeklySchedule('Mo,We 08:00-12:00; Tu 14:00-20:00'))).toEqual([
      'poniedziałek: 8:00–12:00',
      'wtorek: 14:00–20:00',
      'środa: 8:00–12:00',
      'czwartek–niedziela: nieczynne',
    ]);
  });

  it('reads the clock in Polish time across daylight saving time', () => {
    // 30 March 2025: clocks went forward at 02:00 CET. 12:00 UTC is 14:00 CEST; in winter 12:00 UTC is 13:00 CET.
    expect(warsawClock(new Date('2025-03-31T12:00:00Z'))).toEqual({ day: 0, minutes: 14 * 60 });
    expect(warsawClock(new Date('2025-11-24T12:00:00Z'))).toEqual({ day: 0, minutes: 13 * 60 });
  });

  it('says whether a place is open at a given moment', () => {
    const week = weeklySchedule('Mo-Fr 07:30-15:30');
    expect(openState(week, new Date('2026-11-23T06:29:00Z'))).toEqual({ open: false }); // Monday 7:29 CET
    expect(openState(week, new Date('2026-11-23T06:30:00Z'))).toEqual({ open: true, until: '15:30' });
    expect(openState(week, new Date('2026-11-23T14:30:00Z'))).toEqual({ open: false }); // 15:30 closes
    expect(openState(week, new Date('2026-11-28T10:00:00Z'))).toEqual({ open: false }); // Saturday
    expect(openState(weeklySchedule('24/7'), new Date('2026-11-28T02:00:00Z'))).toEqual({ open: true, until: null });
  });
});
