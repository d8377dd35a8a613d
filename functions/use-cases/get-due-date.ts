import type { IsoDate } from '../core/calendar/day-number.js';
import { calendarHorizon } from '../core/clock/calendar-horizon.js';
import { computeCaseClock } from '../core/clock/case-clock.js';
import { computeDueDate, type DueDate } from '../core/clock/due-date.js';
import type { CalendarStore } from '../ports/calendar-store.js';
import { loadWorkingCalendar } from './load-working-calendar.js';

export interface DueDateQuery {
  acceptedOn: IsoDate;
  workingDays: number;
  /** What-if pauses (both ends inclusive), for the suspend form. */
  pause?: { start: IsoDate; end: IsoDate }[];
  /** What-if extension, for the extension form. */
  extensionDays?: number;
}

/**
 * The due date of `workingDays` working days from an acceptance on `acceptedOn`, by the stored
 * calendar; with pauses or an extension, counted by the case clock itself, so the forms preview
 * exactly what the case will show once the step is taken.
 */
export async function getDueDate(deps: { calendars: CalendarStore }, input: DueDateQuery): Promise<DueDate> {
  const pauses = input.pause ?? [];
  const extensionDays = input.extensionDays ?? 0;
  const total = input.workingDays + extensionDays;
  const calendar = await loadWorkingCalendar(
    deps.calendars,
    calendarHorizon(
      input.acceptedOn,
      total,
      pauses.map((p) => p.end),
    ),
  );
  if (pauses.length === 0 && extensionDays === 0) return computeDueDate(calendar, input.acceptedOn, input.workingDays);
  const readOn = pauses.reduce((latest, p) => (p.end > latest ? p.end : latest), input.acceptedOn);
  const clock = computeCaseClock(
    {
      acceptedOn: input.acceptedOn,
      caseType: 'promised',
      promisedLimit: input.workingDays,
      legalLimit: input.workingDays,
      suspensions: pauses.map((p) => ({ start: p.start, end: p.end, reason: 'other' })),
      extensions: extensionDays > 0 ? [{ workingDays: extensionDays }] : [],
      today: readOn,
    },
    calendar,
    { explain: true },
  );
  return {
    acceptedOn: input.acceptedOn,
    workingDays: input.workingDays,
    dueDate: clock.promisedDueDate,
    provisional: clock.provisional,
    provisionalYears: clock.provisionalYears,
    explanation: clock.explanation!,
  };
}
