import type { CalendarYearData } from '../core/calendar/calendar-year.js';
import { CalendarYearExistsError } from '../core/calendar/errors.js';
import type { CalendarStore } from '../ports/calendar-store.js';

/**
 * Stores each year that has no calendar yet and leaves every existing year alone, so an
 * administrator's edits survive a restart or a package update. Returns the years it created.
 */
export async function seedCalendarYears(calendars: CalendarStore, years: readonly CalendarYearData[]): Promise<number[]> {
  const existing = new Set((await calendars.listYears()).map((y) => y.year));
  const created: number[] = [];
  for (const year of years) {
    if (existing.has(year.year)) continue;
    try {
      await calendars.putYear(year);
      created.push(year.year);
    } catch (error) {
      // Another process seeded it first: that is the outcome we wanted.
      if (!(error instanceof CalendarYearExistsError)) throw error;
    }
  }
  return created;
}
