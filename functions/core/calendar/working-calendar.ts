import type { CalendarYearDays } from './calendar-year.js';
import { toDayNumber, weekdayOf, yearBounds, type DayNumber, type IsoDate } from './day-number.js';

/**
 * China's working days, built from the years an administrator maintains. For a year with data a
 * day is a working day if it is a makeup workday, or a Monday–Friday that is not a holiday; a year
 * with no data falls back to Monday–Friday, and `hasDataFor` tells the clock that anything
 * computed through it is provisional.
 */
export interface WorkingCalendar {
  /** The hot path: two Set lookups and a little arithmetic. */
  isWorkingDay(day: DayNumber): boolean;
  isWorkingDate(date: IsoDate): boolean;
  /** An official holiday (weekend days inside a holiday period included). */
  isHoliday(day: DayNumber): boolean;
  /** A weekend day made a working day (调休). */
  isMakeupWorkday(day: DayNumber): boolean;
  /** Whether the year `day` falls in has calendar data. */
  hasDataFor(day: DayNumber): boolean;
  hasYear(year: number): boolean;
  /** Years with data, ascending. */
  readonly years: readonly number[];
}

/** Builds the calendar from per-year lists (already validated). Throws if a year is given twice. */
export function createWorkingCalendar(years: readonly CalendarYearDays[]): WorkingCalendar {
  const holidays = new Set<DayNumber>();
  const makeup = new Set<DayNumber>();
  const yearSet = new Set<number>();
  for (const data of years) {
    if (yearSet.has(data.year)) throw new Error(`calendar year ${data.year} given twice`);
    yearSet.add(data.year);
    for (const date of data.holidays) holidays.add(toDayNumber(date));
    for (const date of data.makeupWorkdays) makeup.add(toDayNumber(date));
  }
  const sortedYears = [...yearSet].sort((a, b) => a - b);
  const covered = coveredRanges(sortedYears);

  const isWorkingDay = (day: DayNumber): boolean => {
    if (makeup.has(day)) return true;
    const weekday = weekdayOf(day);
    return weekday !== 0 && weekday !== 6 && !holidays.has(day);
  };
  const hasDataFor = (day: DayNumber): boolean => {
    for (const [first, last] of covered) if (day >= first && day <= last) return true;
    return false;
  };

  return {
    isWorkingDay,
    isWorkingDate: (date) => isWorkingDay(toDayNumber(date)),
    isHoliday: (day) => holidays.has(day),
    isMakeupWorkday: (day) => makeup.has(day),
    hasDataFor,
    hasYear: (year) => yearSet.has(year),
    years: sortedYears,
  };
}

/** Consecutive years merged into day ranges, so a lookup usually checks one range. */
function coveredRanges(sortedYears: number[]): [DayNumber, DayNumber][] {
  const ranges: [DayNumber, DayNumber][] = [];
  for (const year of sortedYears) {
    const { first, last } = yearBounds(year);
    const previous = ranges[ranges.length - 1];
    if (previous && previous[1] + 1 === first) previous[1] = last;
    else ranges.push([first, last]);
  }
  return ranges;
}
