import { toDayNumber } from '../calendar/day-number.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { countWorkingDays } from '../clock/count-working-days.js';
import type { Case, CaseCard } from './case.js';

/** The §44 delivery limit of a decided case as a list or page shows it: due day, working days left, card. */
export interface DeliveryLimitView {
  dueOn: string;
  workingDaysLeft: number;
  /** yellow: `warningThresholdDays` working days or fewer left after today; red: past the due day. */
  card: Extract<CaseCard, 'none' | 'yellow' | 'red'>;
}

/**
 * Read like the decision clock's card, on the same working-day calendar: a result not yet out is
 * a warning as its 10 working days run out, and overdue the day after. Undefined once delivered.
 */
export function deliveryLimitOf(
  c: Pick<Case, 'state' | 'deliveryDueOn'>,
  calendar: WorkingCalendar,
  today: string,
  warningThresholdDays: number,
): DeliveryLimitView | undefined {
  if (c.state !== 'decided' || !c.deliveryDueOn) return undefined;
  const dueOn = c.deliveryDueOn;
  if (today > dueOn) return { dueOn, workingDaysLeft: 0, card: 'red' };
  // Counted as the decision clock counts: the working days after today up to the due day (0 on the day itself).
  const workingDaysLeft = countWorkingDays(calendar, toDayNumber(today), toDayNumber(dueOn));
  return { dueOn, workingDaysLeft, card: workingDaysLeft <= warningThresholdDays ? 'yellow' : 'none' };
}
