import { toDayNumber, toIsoDate, type IsoDate } from '../calendar/day-number.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addWorkingDays } from './add-working-days.js';
import { cardFor, DEFAULT_WARNING_THRESHOLD, type Card } from './card.js';
import type { CaseClockInput } from './case-clock-input.js';
import { countWorkingDays } from './count-working-days.js';
import type { Explanation, ExplanationPart } from './explanation-parts.js';
import { isPaused, pausedRanges } from './paused-ranges.js';
import { explain } from './render-explanation.js';
import { calendarParts, suspensionParts } from './span-parts.js';

/** A case's time limits as read on `today`. */
export interface CaseClock {
  promisedDueDate: IsoDate;
  legalDueDate: IsoDate;
  /** Promised limit in effect: the item's limit (0 on the spot) plus extensions. */
  promisedLimit: number;
  /** Legal limit in effect: the item's legal limit plus extensions. */
  legalLimit: number;
  /** Counted working days from the day after acceptance up to and including today. */
  workingDaysUsed: number;
  /** Counted working days after today up to the promised due date; 0 on and after it. */
  workingDaysLeft: number;
  /** Counted working days past the promised limit. */
  workingDaysOverdue: number;
  /** A suspension covers today: the clock is stopped. */
  suspended: boolean;
  /** Some due date was counted through a year with no calendar data. */
  provisional: boolean;
  provisionalYears: number[];
  card: Card;
  /** Present unless `explain: false` was asked for. */
  explanation?: Explanation;
}

/**
 * The case clock. Counting rules:
 * - the acceptance day is not counted; a due date is the day the limit's last working day falls on;
 * - a suspended day (start to end inclusive; an open suspension runs to today) is not counted, so a
 *   due date moves later by exactly the suspended working days that fall on or before it;
 * - an extension adds its working days to both the promised and the legal limit;
 * - an on-the-spot case has a promised limit of 0: due the day it was accepted.
 * `input` must satisfy CaseClockInputSchema. Pass `{ explain: false }` on hot paths.
 */
export function computeCaseClock(input: CaseClockInput, calendar: WorkingCalendar, options: { explain?: boolean } = {}): CaseClock {
  const accepted = toDayNumber(input.acceptedOn);
  const today = toDayNumber(input.today);
  const suspensions = input.suspensions ?? [];
  const paused = pausedRanges(suspensions, today);
  const extensionDays = (input.extensions ?? []).reduce((sum, e) => sum + e.workingDays, 0);
  const promisedBase = input.caseType === 'on_the_spot' ? 0 : input.promisedLimit;
  const promisedLimit = promisedBase + extensionDays;
  const legalLimit = input.legalLimit + extensionDays;

  const promised = addWorkingDays(calendar, accepted, promisedLimit, paused);
  const legal = addWorkingDays(calendar, accepted, legalLimit, paused);
  const workingDaysUsed = countWorkingDays(calendar, accepted, today, paused);
  const workingDaysLeft = Math.max(0, promisedLimit - workingDaysUsed);
  const provisionalYears = [...new Set([...promised.provisionalYears, ...legal.provisionalYears])].sort((a, b) => a - b);

  const clock: CaseClock = {
    promisedDueDate: toIsoDate(promised.day),
    legalDueDate: toIsoDate(legal.day),
    promisedLimit,
    legalLimit,
    workingDaysUsed,
    workingDaysLeft,
    workingDaysOverdue: Math.max(0, workingDaysUsed - promisedLimit),
    suspended: isPaused(paused, today),
    provisional: provisionalYears.length > 0,
    provisionalYears,
    card: cardFor({
      today,
      promisedDue: promised.day,
      legalDue: legal.day,
      workingDaysLeft,
      warningThreshold: input.warningThreshold ?? DEFAULT_WARNING_THRESHOLD,
    }),
  };
  if (options.explain === false) return clock;

  const parts: ExplanationPart[] = [{ kind: 'due', dueDate: clock.promisedDueDate }];
  if (input.caseType === 'on_the_spot') parts.push({ kind: 'on_the_spot', acceptedOn: input.acceptedOn });
  else parts.push({ kind: 'count', workingDays: promisedBase, acceptedOn: input.acceptedOn });
  if (extensionDays > 0) parts.push({ kind: 'extension', workingDays: extensionDays });
  parts.push(...suspensionParts(calendar, accepted, suspensions, today));
  parts.push(...calendarParts(calendar, accepted, promised.day, paused));
  parts.push({ kind: 'legal', workingDays: input.legalLimit, extensionDays, dueDate: clock.legalDueDate });
  if (clock.provisional) parts.push({ kind: 'provisional', years: provisionalYears });
  clock.explanation = explain(parts);
  return clock;
}
