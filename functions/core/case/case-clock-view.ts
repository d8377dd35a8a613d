import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { computeCaseClock, type CaseClock } from '../clock/case-clock.js';
import type { Case, CaseCard, DueDates } from './case.js';
import { OPEN_STATES } from './case-states.js';
import type { IntakeItem } from './intake-item.js';
import { applyStep } from './transition.js';
import { CORRECTION_NOTICE_LIMIT_DAYS, type IntakeClock } from './intake-clock.js';
import { nextDay } from './intake-steps.js';

const CARD_RANK: Record<CaseCard, number> = { none: 0, yellow: 1, red: 2, legal_breach: 3 };

/** The case clock read on `today`, for a case that has been accepted. */
export function readCaseClock(c: Case, item: IntakeItem, calendar: WorkingCalendar, today: string): CaseClock | undefined {
  if (!c.acceptedOn || !OPEN_STATES.includes(c.state)) return undefined;
  return computeCaseClock(
    {
      acceptedOn: c.acceptedOn,
      caseType: item.caseType,
      promisedLimit: item.promisedLimitDays,
      legalLimit: item.legalLimitDays,
      today,
      warningThreshold: item.warningThresholdDays,
    },
    calendar,
    { explain: false },
  );
}

const SYSTEM = { userId: 'system', role: 'system' as const, name: 'system' };

/**
 * Brings an accepted case's due dates and card up to date (after a calendar change, or as days
 * pass). Returns the step to store, or nothing when nothing moved. Each change is an event, so the
 * case's record says when and why its dates or card changed.
 */
export function refreshCaseClock(c: Case, item: IntakeItem, calendar: WorkingCalendar, today: string, at: string) {
  const clock = readCaseClock(c, item, calendar, today);
  if (!clock || !c.dueDates) return undefined;
  const dueDates: DueDates = { promised: clock.promisedDueDate, legal: clock.legalDueDate, provisional: clock.provisional };
  const datesMoved =
    dueDates.promised !== c.dueDates.promised || dueDates.legal !== c.dueDates.legal || dueDates.provisional !== c.dueDates.provisional;
  const cardChanged = clock.card !== (c.card ?? 'none');
  if (!datesMoved && !cardChanged) return undefined;
  const worstCard = CARD_RANK[clock.card] > CARD_RANK[c.worstCard ?? 'none'] ? clock.card : (c.worstCard ?? 'none');
  const patch = { dueDates, card: clock.card, worstCard };
  if (datesMoved) {
    return applyStep(c, 'due_dates_changed', SYSTEM, at, patch, {
      reason: 'working-day calendar changed',
      data: { from: c.dueDates, to: dueDates },
    });
  }
  return applyStep(c, 'card_changed', SYSTEM, at, patch, { data: { from: c.card ?? 'none', to: clock.card, workingDaysLeft: clock.workingDaysLeft } });
}

/** For an application still waiting at the counter: moves the 5-working-day answer limit after a calendar change. */
export function refreshAnswerDue(c: Case, clock: IntakeClock, at: string) {
  const answerDueOn = clock.addWorkingDays(c.receivedOn, CORRECTION_NOTICE_LIMIT_DAYS).date;
  if (answerDueOn === c.answerDueOn) return undefined;
  return applyStep(c, 'due_dates_changed', SYSTEM, at, { answerDueOn, nextCheckOn: nextDay(answerDueOn) }, {
    reason: 'working-day calendar changed',
    data: { answerDueOn: { from: c.answerDueOn, to: answerDueOn } },
  });
}
