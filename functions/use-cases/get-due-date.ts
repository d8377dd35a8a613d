import type { IsoDate } from '../core/calendar/day-number.js';
import { calendarHorizon } from '../core/clock/calendar-horizon.js';
import { computeDueDate, type DueDate } from '../core/clock/due-date.js';
import type { CalendarStore } from '../ports/calendar-store.js';
import { loadWorkingCalendar } from './load-working-calendar.js';

/** The due date of `workingDays` working days from an acceptance on `acceptedOn`, by the stored calendar. */
export async function getDueDate(
  deps: { calendars: CalendarStore },
  input: { acceptedOn: IsoDate; workingDays: number },
): Promise<DueDate> {
  const calendar = await loadWorkingCalendar(deps.calendars, calendarHorizon(input.acceptedOn, input.workingDays));
  return computeDueDate(calendar, input.acceptedOn, input.workingDays);
}
