import { toDayNumber, type DayNumber, type IsoDate } from '../calendar/day-number.js';

/** An inclusive range of days. */
export type DayRange = readonly [first: DayNumber, last: DayNumber];

/** What the clock needs of a suspension (挂起). `end` is the last suspended day; none while it is open. */
export interface SuspensionDays {
  start: IsoDate;
  end?: IsoDate | null;
}

/**
 * The days on which the clock is stopped, as sorted, merged, inclusive ranges. A suspension
 * covers `start` to `end`, both included; an open one covers `start` to `today`, and one that
 * has not begun by `today` covers nothing yet.
 */
export function pausedRanges(suspensions: readonly SuspensionDays[], today: DayNumber): DayRange[] {
  const ranges: [DayNumber, DayNumber][] = [];
  for (const s of suspensions) {
    const first = toDayNumber(s.start);
    const last = s.end ? toDayNumber(s.end) : today;
    if (last >= first) ranges.push([first, last]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [DayNumber, DayNumber][] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && range[0] <= previous[1] + 1) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Whether `day` lies in one of `ranges`. */
export function isPaused(ranges: readonly DayRange[], day: DayNumber): boolean {
  for (const [first, last] of ranges) {
    if (day < first) return false;
    if (day <= last) return true;
  }
  return false;
}
