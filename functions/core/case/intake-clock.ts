import type { WorkingCalendar } from '../calendar/working-calendar.js';
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
    addWorkingDays(from, n) {
      const due = computeDueDate(calendar, from, n);
      return { date: due.dueDate, provisional: due.provisional };
    },
    dueDates(acceptedOn, limits) {
      const promised = computeDueDate(calendar, acceptedOn, limits.caseType === 'on_the_spot' ? 0 : limits.promisedLimitDays);
      const legal = computeDueDate(calendar, acceptedOn, limits.legalLimitDays);
      return { promised: promised.dueDate, legal: legal.dueDate, provisional: promised.provisional || legal.provisional };
    },
  };
}
