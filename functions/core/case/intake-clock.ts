import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { computeCaseClock } from '../clock/case-clock.js';
import { computeDueDate } from '../clock/due-date.js';
import type { DueDates } from './case.js';

/** The limits of an item version that the case clock needs. */
export interface ItemLimits {
  caseType: 'on_the_spot' | 'promised';
  promisedLimitDays: number;
  legalLimitDays: number;
}

/** What intake needs from the working-day clock; plugged in from functions/core/clock. */
export interface IntakeClock {
  /** The working-day calendar the clock counts on. */
  calendar: WorkingCalendar;
  /** The date `n` working days after `from` (`from` itself not counted). */
  addWorkingDays(from: string, n: number): { date: string; provisional: boolean };
  /** Promised and legal due dates for a case accepted on `acceptedOn`. */
  dueDates(acceptedOn: string, limits: ItemLimits): DueDates;
}

/** By law the one-time correction notice must go out within 5 working days of receipt. */
export const CORRECTION_NOTICE_LIMIT_DAYS = 5;

/** The intake clock over a working-day calendar. */
export function intakeClockFrom(calendar: WorkingCalendar): IntakeClock {
  return {
    calendar,
    addWorkingDays(from, n) {
      const due = computeDueDate(calendar, from, n);
      return { date: due.dueDate, provisional: due.provisional };
    },
    // The same clock the case page and the sweep read (case-clock-view.ts), on the day of acceptance.
    dueDates(acceptedOn, limits) {
      const clock = computeCaseClock(
        { acceptedOn, caseType: limits.caseType, promisedLimit: limits.promisedLimitDays, legalLimit: limits.legalLimitDays, today: acceptedOn },
        calendar,
        { explain: false },
      );
      return { promised: clock.promisedDueDate, legal: clock.legalDueDate, provisional: clock.provisional };
    },
  };
}
