import { describe, expect, it } from 'vitest';
import { validateCalendarYearDays } from '../../../functions/core/calendar/calendar-year.js';
import { ValidationError } from '../../../functions/core/errors.js';
import { OFFICIAL_2025, OFFICIAL_2026 } from '../../support/official-calendars.js';

function issuesOf(input: unknown) {
  try {
    validateCalendarYearDays(input as never);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => ({ path: i.path, message: i.message }));
    throw error;
  }
  return [];
}

describe('validateCalendarYearDays', () => {
  it.each([OFFICIAL_2025, OFFICIAL_2026])('accepts the official $year calendar', (year) => {
    expect(issuesOf(year)).toEqual([]);
  });

  it('returns the lists sorted', () => {
    const result = validateCalendarYearDays({ year: 2026, holidays: ['2026-10-01', '2026-01-01'], makeupWorkdays: ['2026-10-10', '2026-01-04'] });
    expect(result.holidays).toEqual(['2026-01-01', '2026-10-01']);
    expect(result.makeupWorkdays).toEqual(['2026-01-04', '2026-10-10']);
  });

  const base = { year: 2026, holidays: ['2026-01-01'], makeupWorkdays: ['2026-01-04'] };
  it.each([
    ['a date of another year', { ...base, holidays: ['2026-01-01', '2025-12-31'] }, 'holidays.1', 'field.calendar.notInYear'],
    ['a duplicate holiday', { ...base, holidays: ['2026-01-01', '2026-01-01'] }, 'holidays.1', 'field.calendar.duplicate'],
    ['a duplicate makeup day', { ...base, makeupWorkdays: ['2026-01-04', '2026-01-04'] }, 'makeupWorkdays.1', 'field.calendar.duplicate'],
    ['a day in both lists', { ...base, holidays: ['2026-01-01', '2026-01-04'] }, 'makeupWorkdays.0', 'field.calendar.inBothLists'],
    ['a makeup day on a weekday', { ...base, makeupWorkdays: ['2026-01-05'] }, 'makeupWorkdays.0', 'field.calendar.makeupNotWeekend'],
    ['a malformed date', { ...base, holidays: ['2026-1-1'] }, 'holidays.0', 'field.date.format'],
    ['an impossible date', { ...base, holidays: ['2026-02-30'] }, 'holidays.0', 'field.date.invalid'],
    ['no holidays at all', { ...base, holidays: [] }, 'holidays', 'field.calendar.noHolidays'],
    ['a year out of range', { ...base, year: 1999 }, 'year', 'field.calendar.year'],
  ])('refuses %s', (_name, input, path, message) => {
    expect(issuesOf(input)).toContainEqual({ path, message });
  });

  it('names every bad entry, not just the first', () => {
    const issues = issuesOf({ year: 2026, holidays: ['2025-01-01', '2026-01-01'], makeupWorkdays: ['2026-01-05', '2026-01-01'] });
    expect([...new Set(issues.map((i) => i.path))].sort()).toEqual(['holidays.0', 'makeupWorkdays.0', 'makeupWorkdays.1']);
    expect(
      issues
        .filter((i) => i.path === 'makeupWorkdays.1')
        .map((i) => i.message)
        .sort(),
    ).toEqual(['field.calendar.inBothLists', 'field.calendar.makeupNotWeekend']);
  });
});
