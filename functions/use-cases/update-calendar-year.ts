import { validateCalendarYearDays } from '../core/calendar/calendar-year.js';
import type { IsoDate } from '../core/calendar/day-number.js';
import type { CalendarEditor, CalendarStore, CalendarYearRecord } from '../ports/calendar-store.js';

export interface UpdateCalendarYearDeps {
  calendars: CalendarStore;
  now: () => Date;
  /**
   * Called after a year was saved, e.g. to recompute the due dates of open cases that run
   * through it. Awaited: if it throws, the error reaches the caller though the year is saved.
   */
  onCalendarChanged?: (year: number) => Promise<void>;
}

export interface UpdateCalendarYearInput {
  year: number;
  holidays: IsoDate[];
  makeupWorkdays: IsoDate[];
  /** Where the lists come from, e.g. the State Council notice; "admin" when not given. */
  source?: string;
  /** The version read; absent to create a year that has no calendar yet. */
  version?: number;
  actor: CalendarEditor;
}

/** Creates or replaces a year's working-day calendar (administrators only; the route checks the role). */
export async function updateCalendarYear(deps: UpdateCalendarYearDeps, input: UpdateCalendarYearInput): Promise<CalendarYearRecord> {
  const days = validateCalendarYearDays({ year: input.year, holidays: input.holidays, makeupWorkdays: input.makeupWorkdays });
  const saved = await deps.calendars.putYear(
    {
      ...days,
      source: input.source ?? 'admin',
      updatedAt: deps.now().toISOString(),
      updatedBy: { userId: input.actor.userId, name: input.actor.name },
    },
    input.version,
  );
  await deps.onCalendarChanged?.(input.year);
  return saved;
}
