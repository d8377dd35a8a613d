import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { computeDueDate } from '../clock/due-date.js';
import type { Case, CaseCard } from './case.js';
import { isForwardRoute } from './case-access.js';
import { FORWARDING_LIMIT_DAYS, readCaseClock, type ClockLimits } from './case-clock-view.js';
import { nextDay } from './dates.js';

/**
 * The step limits a case carries besides its decision clock: each is overdue the day after its
 * `dueOn`, and the sweep records that once (`limit_flagged`, keyed by `key`).
 */
export type StepLimitKind =
  | 'pre_review' // online / proxy application not acted on in the pre-review limit
  | 'deferred_material' // 容缺: a committed missing material not supplied
  | 'forwarding' // §43: a forwarded item not sent on within 20 working days
  | 'suspension_end' // a suspension past its expected end
  | 'delivery' // §44: result not out within 10 working days of the decision
  | 'rectification_reply' // a poor rating not answered in time
  | 'supervision_reply'; // a supervision order not answered in time

export interface StepLimit {
  key: string;
  kind: StepLimitKind;
  dueOn: string;
}

/** The §43 forwarding limit of a forwarded item not yet sent on (needs the calendar). */
function forwardingLimit(c: Case, calendar: WorkingCalendar): StepLimit | undefined {
  if (!isForwardRoute(c) || c.state !== 'under_review' || !c.acceptedOn) return undefined;
  return { key: 'forwarding', kind: 'forwarding', dueOn: computeDueDate(calendar, c.acceptedOn, FORWARDING_LIMIT_DAYS).dueDate };
}

/** Step limits read from the case alone (stored dates): the store can index them without the calendar. */
export function storedStepLimits(c: Case): StepLimit[] {
  const limits: StepLimit[] = [];
  if (c.state === 'submitted' && c.preReviewDueOn) limits.push({ key: 'pre_review', kind: 'pre_review', dueOn: c.preReviewDueOn });
  if (c.state === 'under_review' || c.state === 'forwarded' || c.state === 'suspended') {
    for (const m of c.materials) {
      if (m.deferred && !m.deferred.suppliedAt) limits.push({ key: `deferred:${m.materialId}`, kind: 'deferred_material', dueOn: m.deferred.dueOn });
    }
  }
  if (c.state === 'suspended') {
    const open = c.suspensions?.find((s) => !s.end);
    if (open) limits.push({ key: `suspension_end:${open.start}`, kind: 'suspension_end', dueOn: open.expectedEnd });
  }
  if (c.state === 'decided' && c.deliveryDueOn) limits.push({ key: 'delivery', kind: 'delivery', dueOn: c.deliveryDueOn });
  for (const r of c.ratings ?? []) {
    if (r.rectification && !r.rectification.reply && r.appeal?.status !== 'upheld') {
      limits.push({ key: `rectification:${r.ratingId}`, kind: 'rectification_reply', dueOn: r.rectification.dueOn });
    }
  }
  for (const o of c.supervisionOrders ?? []) {
    if (o.status === 'open') limits.push({ key: `supervision:${o.orderId}`, kind: 'supervision_reply', dueOn: o.replyDueOn });
  }
  return limits;
}

/** Every step limit still pending on the case. */
export function stepLimits(c: Case, calendar: WorkingCalendar): StepLimit[] {
  const forwarding = forwardingLimit(c, calendar);
  return [...storedStepLimits(c), ...(forwarding ? [forwarding] : [])];
}

/** Pending step limits past their date on `today`. */
export function overdueSteps(c: Case, calendar: WorkingCalendar, today: string): StepLimit[] {
  return stepLimits(c, calendar).filter((l) => today > l.dueOn);
}

/** Overdue and not yet on the record: what the sweep flags now. */
export function limitsToFlag(c: Case, calendar: WorkingCalendar, today: string): StepLimit[] {
  const flagged = new Set(c.flaggedLimits ?? []);
  return overdueSteps(c, calendar, today).filter((l) => !flagged.has(l.key));
}

/**
 * The first day on which the yellow card applies: `threshold` working days before the promised
 * due date (nothing pauses between now and then, since the case is running).
 */
function yellowFrom(promisedDue: string, threshold: number, calendar: WorkingCalendar): string {
  let day = toDayNumber(promisedDue);
  let counted = 0;
  while (counted < threshold) {
    if (calendar.isWorkingDay(day)) counted++;
    day--;
  }
  return toIsoDate(day);
}

/** The days on which the decision clock's card changes next (yellow, red, legal breach), while it runs. */
function cardChangeDates(c: Case, limits: ClockLimits, calendar: WorkingCalendar, today: string): string[] {
  if (!c.acceptedOn || c.clockStoppedOn || (c.state !== 'under_review' && c.state !== 'forwarded')) return [];
  const clock = readCaseClock(c, limits, calendar, today);
  if (!clock) return [];
  return [yellowFrom(clock.promisedDueDate, limits.warningThresholdDays, calendar), nextDay(clock.promisedDueDate), nextDay(clock.legalDueDate)];
}

/**
 * The case's next check: the earliest day after `today` on which anything the sweep watches can
 * change (counter answer limit, a card, a step limit not yet flagged); undefined when nothing can.
 */
export function nextCheckOf(c: Case, limits: ClockLimits | undefined, calendar: WorkingCalendar, today: string): string | undefined {
  const flagged = new Set(c.flaggedLimits ?? []);
  const dates = [
    ...(c.state === 'submitted' ? [nextDay(c.answerDueOn)] : []),
    ...(limits ? cardChangeDates(c, limits, calendar, today) : []),
    ...stepLimits(c, calendar)
      .filter((l) => !flagged.has(l.key))
      .map((l) => nextDay(l.dueOn)),
  ].filter((d) => d > today);
  return dates.length ? dates.sort()[0] : undefined;
}

/**
 * The date the sweep's index holds for a case: its stored next check while its clock or the
 * counter is watched, or the first unflagged stored step limit, whichever comes first.
 */
export function indexedCheckOn(c: Case, watched: boolean): string | undefined {
  const flagged = new Set(c.flaggedLimits ?? []);
  const dates = [
    ...(watched && c.nextCheckOn ? [c.nextCheckOn] : []),
    ...storedStepLimits(c)
      .filter((l) => !flagged.has(l.key))
      .map((l) => nextDay(l.dueOn)),
  ];
  return dates.length ? dates.sort()[0] : undefined;
}

const RANK: Record<CaseCard, number> = { none: 0, yellow: 1, red: 2, legal_breach: 3 };

/** The card a list shows: the clock's, raised to yellow when a step is overdue (a late step is a warning). */
export function effectiveCard(clockCard: CaseCard, stepsOverdue: number): CaseCard {
  return stepsOverdue > 0 && RANK[clockCard] < RANK.yellow ? 'yellow' : clockCard;
}
