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
  const table = dayTable(sortedYears, holidays, makeup);

  // The hot path: one array read inside the table's span, weekday arithmetic outside it.
  const isWorkingDay = (day: DayNumber): boolean => {
    const i = day - table.start;
    if (i >= 0 && i < table.flags.length) return (table.flags[i]! & WORKING) !== 0;
    const weekday = weekdayOf(day);
    return weekday !== 0 && weekday !== 6;
  };
  const hasDataFor = (day: DayNumber): boolean => {
    const i = day - table.start;
    return i >= 0 && i < table.flags.length && (table.flags[i]! & COVERED) !== 0;
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

const WORKING = 1;
const COVERED = 2;

/**
 * One byte per day from the first to the last year with data: WORKING and COVERED flags.
 * Years in between without data get the Monday–Friday fallback and no COVERED flag.
 */
function dayTable(sortedYears: number[], holidays: Set<DayNumber>, makeup: Set<DayNumber>): { start: DayNumber; flags: Uint8Array } {
  const firstYear = sortedYears[0];
  const lastYear = sortedYears[sortedYears.length - 1];
  if (firstYear === undefined || lastYear === undefined) return { start: 0, flags: new Uint8Array(0) };
  const start = yearBounds(firstYear).first;
  const flags = new Uint8Array(yearBounds(lastYear).last - start + 1);
  const withData = new Set(sortedYears);
  for (let year = firstYear; year <= lastYear; year++) {
    const covered = withData.has(year);
    const { first, last } = yearBounds(year);
    for (let day = first; day <= last; day++) {
      const weekday = weekdayOf(day);
      const working = covered ? makeup.has(day) || (weekday !== 0 && weekday !== 6 && !holidays.has(day)) : weekday !== 0 && weekday !== 6;
      flags[day - start] = (working ? WORKING : 0) | (covered ? COVERED : 0);
    }
  }
  return { start, flags };
}
