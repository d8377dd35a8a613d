import { toDayNumber, yearOf, type IsoDate } from '../calendar/day-number.js';

/** Fewer working days than any real year holds, so the horizon errs on the long side. */
const WORKING_DAYS_PER_YEAR_AT_LEAST = 200;

/**
 * The years a count of `workingDays` from `from` can touch, generously: from `from`'s year to a
 * year past where the count could end. `laterDates` (today, suspension ends) push it further,
 * since a suspension moves the due date by its length. Load these years to build the calendar.
 */
export function calendarHorizon(from: IsoDate, workingDays: number, laterDates: readonly IsoDate[] = []): { from: number; to: number } {
  const first = yearOf(toDayNumber(from));
  const latest = laterDates.reduce((year, date) => Math.max(year, yearOf(toDayNumber(date))), first);
  return { from: first, to: latest + 1 + Math.ceil(workingDays / WORKING_DAYS_PER_YEAR_AT_LEAST) };
}
