import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../functions/core/calendar/day-number.js';
import { createWorkingCalendar } from '../../../functions/core/calendar/working-calendar.js';
import { OFFICIAL_2025, OFFICIAL_2026, official } from '../../support/official-calendars.js';

describe('WorkingCalendar', () => {
  const calendar = official();

  it.each([
    ['2026-01-01', false, 'holiday on a Thursday'],
    ['2026-01-04', true, 'makeup Sunday'],
    ['2026-02-13', true, 'ordinary Friday'],
    ['2026-02-14', true, 'makeup Saturday'],
    ['2026-02-16', false, 'Spring Festival Monday'],
    ['2026-02-23', false, 'last day of Spring Festival, a Monday'],
    ['2026-02-24', true, 'first working day after Spring Festival'],
    ['2026-02-28', true, 'makeup Saturday'],
    ['2026-03-01', false, 'ordinary Sunday'],
    ['2026-10-07', false, 'National Day Wednesday'],
    ['2026-10-10', true, 'makeup Saturday'],
    ['2025-10-08', false, 'National Day 2025, 8th day'],
    ['2025-10-11', true, 'makeup Saturday 2025'],
    ['2025-01-26', true, 'makeup Sunday 2025'],
    ['2027-01-01', true, 'a Friday in a year with no data: Mon–Fri fallback'],
    ['2027-01-02', false, 'a Saturday in a year with no data'],
  ])('%s working day: %s (%s)', (date, expected) => {
    expect(calendar.isWorkingDate(date)).toBe(expected);
    expect(calendar.isWorkingDay(toDayNumber(date))).toBe(expected);
  });

  it('tells which years have data', () => {
    expect(calendar.years).toEqual([2025, 2026]);
    expect(calendar.hasYear(2026)).toBe(true);
    expect(calendar.hasYear(2027)).toBe(false);
    expect(calendar.hasDataFor(toDayNumber('2025-01-01'))).toBe(true);
    expect(calendar.hasDataFor(toDayNumber('2026-12-31'))).toBe(true);
    expect(calendar.hasDataFor(toDayNumber('2024-12-31'))).toBe(false);
    expect(calendar.hasDataFor(toDayNumber('2027-01-01'))).toBe(false);
  });

  it('covers years that are not consecutive', () => {
    const gap = createWorkingCalendar([OFFICIAL_2025, { year: 2027, holidays: ['2027-01-01'], makeupWorkdays: [] }]);
    expect(gap.hasDataFor(toDayNumber('2025-06-01'))).toBe(true);
    expect(gap.hasDataFor(toDayNumber('2026-06-01'))).toBe(false);
    expect(gap.hasDataFor(toDayNumber('2027-06-01'))).toBe(true);
    expect(gap.isWorkingDate('2027-01-01')).toBe(false);
    // 2026 lies between the two and has no data: Monday–Friday.
    expect(gap.isWorkingDate('2026-01-01')).toBe(true);
    expect(gap.isWorkingDate('2026-02-16')).toBe(true);
    expect(gap.isWorkingDate('2026-02-14')).toBe(false);
  });

  it('falls back to Monday–Friday everywhere with no data at all', () => {
    const empty = createWorkingCalendar([]);
    expect(['2026-02-13', '2026-02-14', '2026-02-16'].map((d) => empty.isWorkingDate(d))).toEqual([true, false, true]);
    expect(empty.hasDataFor(toDayNumber('2026-02-13'))).toBe(false);
    expect(empty.years).toEqual([]);
  });

  it('tells holidays and makeup days apart', () => {
    expect(calendar.isHoliday(toDayNumber('2026-02-21'))).toBe(true);
    expect(calendar.isMakeupWorkday(toDayNumber('2026-02-21'))).toBe(false);
    expect(calendar.isMakeupWorkday(toDayNumber('2026-02-14'))).toBe(true);
  });

  it('refuses the same year twice', () => {
    expect(() => createWorkingCalendar([OFFICIAL_2026, OFFICIAL_2026])).toThrow(/2026/);
  });
});
