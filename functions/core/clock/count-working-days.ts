import type { DayNumber } from '../calendar/day-number.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { DayRange } from './paused-ranges.js';

const NO_PAUSES: readonly DayRange[] = [];

/** Counted working days d with `fromExclusive` < d ≤ `toInclusive`, paused days left out; 0 for an empty span. */
export function countWorkingDays(calendar: WorkingCalendar, fromExclusive: DayNumber, toInclusive: DayNumber, paused: readonly DayRange[] = NO_PAUSES): number {
  let counted = 0;
  let p = 0;
  for (let day = fromExclusive + 1; day <= toInclusive; day++) {
    while (p < paused.length && paused[p]![1] < day) p++;
    if (p < paused.length && paused[p]![0] <= day) continue;
    if (calendar.isWorkingDay(day)) counted++;
  }
  return counted;
}
