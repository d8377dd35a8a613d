import { toDayNumber, toIsoDate, type IsoDate } from '../calendar/day-number.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addWorkingDays } from './add-working-days.js';
import type { Explanation, ExplanationPart } from './explanation-parts.js';
import { explain } from './render-explanation.js';
import { calendarParts } from './span-parts.js';

/** A due date with its provisional flag and explanation. */
export interface DueDate {
  acceptedOn: IsoDate;
  workingDays: number;
  dueDate: IsoDate;
  /** True when the count ran through a year with no calendar data. */
  provisional: boolean;
  provisionalYears: number[];
  explanation: Explanation;
}

/**
 * The due date of a limit of `workingDays` for an application accepted on `acceptedOn`: the
 * acceptance day is not counted, so the count starts the next day; 0 working days means due the
 * same day (an on-the-spot item). No suspensions or extensions: see computeCaseClock for a case.
 */
export function computeDueDate(calendar: WorkingCalendar, acceptedOn: IsoDate, workingDays: number): DueDate {
  const accepted = toDayNumber(acceptedOn);
  const walk = addWorkingDays(calendar, accepted, workingDays);
  const dueDate = toIsoDate(walk.day);
  const parts: ExplanationPart[] = [{ kind: 'due', dueDate }];
  if (workingDays === 0) parts.push({ kind: 'on_the_spot', acceptedOn });
  else parts.push({ kind: 'count', workingDays, acceptedOn }, ...calendarParts(calendar, accepted, walk.day, []));
  if (walk.provisionalYears.length > 0) parts.push({ kind: 'provisional', years: walk.provisionalYears });
  return {
    acceptedOn,
    workingDays,
    dueDate,
    provisional: walk.provisionalYears.length > 0,
    provisionalYears: walk.provisionalYears,
    explanation: explain(parts),
  };
}
