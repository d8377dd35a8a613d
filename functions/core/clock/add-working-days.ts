import { yearOf, type DayNumber } from '../calendar/day-number.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { DayRange } from './paused-ranges.js';

/** Where a walk over working days ended, and the years without calendar data it went through. */
export interface WorkingDaysWalk {
  day: DayNumber;
  /** Empty unless the walk crossed a year with no calendar data (then the result is provisional). */
  provisionalYears: number[];
}

const NO_PAUSES: readonly DayRange[] = [];

/**
 * The day on which the `n`-th counted working day after `from` falls; `from` itself is not
 * counted, and n = 0 gives `from`. A day counts when it is a working day and not paused.
 * Paused days are skipped without looking at the calendar, so they never make a result provisional.
 */
export function addWorkingDays(calendar: WorkingCalendar, from: DayNumber, n: number, paused: readonly DayRange[] = NO_PAUSES): WorkingDaysWalk {
  const provisionalYears: number[] = [];
  let day = from;
  let counted = 0;
  let p = 0;
  while (counted < n) {
    day++;
    while (p < paused.length && paused[p]![1] < day) p++;
    if (p < paused.length && paused[p]![0] <= day) continue;
    if (!calendar.hasDataFor(day)) {
      const year = yearOf(day);
      if (provisionalYears[provisionalYears.length - 1] !== year) provisionalYears.push(year);
    }
    if (calendar.isWorkingDay(day)) counted++;
  }
  return { day, provisionalYears };
}
