import { toDayNumber, toIsoDate, weekdayOf, type DayNumber } from '../calendar/day-number.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { countWorkingDays } from './count-working-days.js';
import type { ExplanationPart } from './explanation-parts.js';
import { isPaused, type DayRange, type SuspensionDays } from './paused-ranges.js';

/**
 * The holiday periods and makeup days that shaped the counted span (`fromExclusive`, `toInclusive`].
 * A holiday period is listed whole (4–6 Apr, even when the span starts on the 5th) when it took at
 * least one Monday–Friday out of the span; one lying wholly inside a suspension changed nothing.
 */
export function calendarParts(calendar: WorkingCalendar, fromExclusive: DayNumber, toInclusive: DayNumber, paused: readonly DayRange[]): ExplanationPart[] {
  const parts: ExplanationPart[] = [];
  let day = fromExclusive + 1;
  while (day <= toInclusive) {
    if (calendar.isHoliday(day)) {
      let start = day;
      while (calendar.isHoliday(start - 1)) start--;
      let end = day;
      while (calendar.isHoliday(end + 1)) end++;
      let tookWorkingDay = false;
      for (let d = day; d <= Math.min(end, toInclusive) && !tookWorkingDay; d++) {
        const weekday = weekdayOf(d);
        tookWorkingDay = weekday !== 0 && weekday !== 6 && !isPaused(paused, d);
      }
      if (tookWorkingDay) parts.push({ kind: 'holiday', start: toIsoDate(start), end: toIsoDate(end) });
      day = end + 1;
      continue;
    }
    if (calendar.isMakeupWorkday(day) && !isPaused(paused, day)) parts.push({ kind: 'makeup', date: toIsoDate(day) });
    day++;
  }
  return parts;
}

/** A suspension as the explanation shows it. */
export interface SuspensionForExplanation extends SuspensionDays {
  reason: string;
  note?: string;
}

/**
 * One part per suspension that has stopped the clock after acceptance, with the working days it
 * covers (an open one up to `today`). Overlapping suspensions each show their own days.
 */
export function suspensionParts(
  calendar: WorkingCalendar,
  accepted: DayNumber,
  suspensions: readonly SuspensionForExplanation[],
  today: DayNumber,
): ExplanationPart[] {
  const parts: ExplanationPart[] = [];
  for (const s of [...suspensions].sort((a, b) => a.start.localeCompare(b.start))) {
    const first = Math.max(toDayNumber(s.start), accepted + 1);
    const last = s.end ? toDayNumber(s.end) : today;
    if (last < first) continue;
    const part: ExplanationPart = {
      kind: 'suspension',
      reason: s.reason,
      start: s.start,
      end: s.end ?? null,
      workingDays: countWorkingDays(calendar, first - 1, last),
    };
    if (s.note) part.note = s.note;
    parts.push(part);
  }
  return parts;
}
