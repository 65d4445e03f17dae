import { describe, expect, it } from 'vitest';
import { firstDay, fresherFirst, freshnessDate, isStale, monthsBefore, olderThan } from './freshness.ts';
import { SOURCE_DATE } from '../../formats/dates.ts';
import { sourceDateWords } from './words.ts';

describe('freshness', () => {
  it('takes the source document date before the verification date', () => {
    expect(freshnessDate({ date: '2026-11-23', source_date: '2019' })).toBe('2019-01-01');
    expect(freshnessDate({ date: '2026-11-23', source_date: '2024-06' })).toBe('2024-06-01');
    expect(freshnessDate({ date: '2026-11-23' })).toBe('2026-11-23');
  });

  it('counts months back on the calendar, clamping the end of a month', () => {
    expect(monthsBefore('2026-12-02', 12)).toBe('2025-12-02');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 24)).toBe('2024-01-15');
  });

  it('is stale only after more than 12 months', () => {
    expect(isStale({ date: '2025-12-02' }, '2026-12-02')).toBe(false);
    expect(isStale({ date: '2025-12-01' }, '2026-12-02')).toBe(true);
    expect(isStale({ date: '2026-11-23', source_date: '2025' }, '2026-06-30')).toBe(true);
    expect(isStale({ date: '2026-11-23', source_date: '2026' }, '2026-12-31')).toBe(false);
    expect(olderThan('2024-12-01', '2026-12-02', 24)).toBe(true);
    expect(olderThan('2024-12-02', '2026-12-02', 24)).toBe(false);
  });

  it('ranks the fresher date first and leaves ties to the next key', () => {
    const dates = ['2019', '2026-11-23', '2024-06', '2025'];
    expect([...dates].sort(fresherFirst)).toEqual(['2026-11-23', '2025', '2024-06', '2019']);
    expect(fresherFirst('2024', '2024-01-01')).toBe(0);
  });

  it('accepts a year, a month or a day as a source date, nothing else', () => {
    for (const ok of ['2019', '2024-06', '2024-06-15']) expect(SOURCE_DATE.test(ok)).toBe(true);
    for (const bad of ['19', '2024-13', '2024/06', '2024-6', 'czerwiec 2024']) expect(SOURCE_DATE.test(bad)).toBe(false);
    expect(firstDay('2024-06-15')).toBe('2024-06-15');
  });

  it('says a source date as precisely as it was given', () => {
    expect(sourceDateWords('2019')).toBe('2019 r.');
    expect(sourceDateWords('2024-06')).toBe('czerwiec 2024');
    expect(sourceDateWords('2024-06-15')).toBe('15 czerwca 2024');
  });
});
