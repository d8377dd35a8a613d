import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDay,
  dayFromCivil,
  isIsoDate,
  isWeekend,
  toDayNumber,
  toIsoDate,
  weekdayOf,
  yearBounds,
  yearOf,
} from '../../../functions/core/calendar/day-number.js';
import { chinaDateOf } from '../../../functions/core/calendar/china-date.js';

const DAY_MS = 86_400_000;

describe('day numbers', () => {
  it('agree with Date for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (day) => {
        const date = new Date(day * DAY_MS);
        expect(toIsoDate(day)).toBe(date.toISOString().slice(0, 10));
        expect(weekdayOf(day)).toBe(date.getUTCDay());
        expect(yearOf(day)).toBe(date.getUTCFullYear());
        expect(toDayNumber(toIsoDate(day))).toBe(day);
      }),
    );
  });

  it.each([
    ['1970-01-01', 0, 4],
    ['2026-02-13', 20497, 5],
    ['2026-02-14', 20498, 6],
    ['2000-02-29', 11016, 2],
  ])('%s is day %i, weekday %i', (iso, day, weekday) => {
    expect(toDayNumber(iso)).toBe(day);
    expect(weekdayOf(day)).toBe(weekday);
    expect(civilFromDay(day)).toEqual({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8)) });
  });

  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    ['2026-04-01T00:00:00Z', false],
    ['', false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('refuses to convert a malformed date', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
  });

  it('knows weekends and year bounds', () => {
    expect(isWeekend(toDayNumber('2026-02-14'))).toBe(true);
    expect(isWeekend(toDayNumber('2026-02-13'))).toBe(false);
    expect(yearBounds(2026)).toEqual({ first: toDayNumber('2026-01-01'), last: toDayNumber('2026-12-31') });
    expect(dayFromCivil(2026, 12, 31) + 1).toBe(toDayNumber('2027-01-01'));
  });

  it.each([
    ['2026-03-01T15:59:59Z', '2026-03-01'],
    ['2026-03-01T16:00:00Z', '2026-03-02'],
    ['2025-12-31T17:00:00Z', '2026-01-01'],
  ])('the date in China at %s is %s', (instant, date) => {
    expect(chinaDateOf(new Date(instant))).toBe(date);
  });
});
