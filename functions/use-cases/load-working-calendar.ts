import { createWorkingCalendar, type WorkingCalendar } from '../core/calendar/working-calendar.js';
import type { CalendarStore } from '../ports/calendar-store.js';

/** The working calendar of the years `from` to `to` that have data; the others fall back to Mon–Fri (provisional). */
export async function loadWorkingCalendar(calendars: CalendarStore, range: { from: number; to: number }): Promise<WorkingCalendar> {
  return createWorkingCalendar(await calendars.getYears(range.from, range.to));
}
