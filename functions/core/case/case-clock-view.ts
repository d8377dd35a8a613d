import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { computeCaseClock, type CaseClock } from '../clock/case-clock.js';
import type { CaseClockInput } from '../clock/case-clock-input.js';
import { computeDueDate } from '../clock/due-date.js';
import type { Case, CaseCard, CaseLimits, DueDates } from './case.js';
import { SYSTEM_ACTOR, isForwardRoute } from './case-access.js';
import type { CaseAction } from './case-actions.js';
import { CORRECTION_NOTICE_LIMIT_DAYS, type IntakeClock } from './intake-clock.js';
import type { IntakeItem } from './intake-item.js';
import { nextDay } from './dates.js';
import { transition } from './transition.js';

const CARD_RANK: Record<CaseCard, number> = { none: 0, yellow: 1, red: 2, legal_breach: 3 };

/** §42: one extension adds at most this many working days, unless a law says otherwise. */
export const LEGAL_EXTENSION_DAYS = 10;
/** §43: the township has 20 working days to review a forwarded item and send it on. */
export const FORWARDING_LIMIT_DAYS = 20;

/** The limits a case keeps from its item version. */
export function limitsOf(item: Pick<IntakeItem, 'caseType' | 'promisedLimitDays' | 'legalLimitDays' | 'warningThresholdDays'>): CaseLimits {
  return {
    caseType: item.caseType,
    promisedLimitDays: item.promisedLimitDays,
    legalLimitDays: item.legalLimitDays,
    warningThresholdDays: item.warningThresholdDays,
    legalExtensionDays: LEGAL_EXTENSION_DAYS,
  };
}

/** What the clock needs of the limits (an IntakeItem or a case's stored limits). */
export type ClockLimits = Pick<CaseLimits, 'caseType' | 'promisedLimitDays' | 'legalLimitDays' | 'warningThresholdDays'>;

/** The clock's input for a case: its acceptance, pauses and approved extension, read on `today` (or the day it stopped). */
export function clockInputOf(c: Pick<Case, 'acceptedOn' | 'suspensions' | 'extension' | 'clockStoppedOn'>, limits: ClockLimits, today: string): CaseClockInput {
  const readOn = c.clockStoppedOn && c.clockStoppedOn < today ? c.clockStoppedOn : today;
  return {
    acceptedOn: c.acceptedOn!,
    caseType: limits.caseType,
    promisedLimit: limits.promisedLimitDays,
    legalLimit: limits.legalLimitDays,
    suspensions: (c.suspensions ?? []).map((s) => ({ start: s.start, end: s.end ?? null, reason: s.procedure, note: s.reason })),
    extensions: c.extension?.status === 'approved' ? [{ workingDays: c.extension.workingDays }] : [],
    today: readOn,
    warningThreshold: limits.warningThresholdDays,
  };
}

/**
 * The one clock of a case: due dates, used / left working days, card and explanation, as read on
 * `today`. Acceptance, lists, the sweep and the case page all read it here. Undefined before acceptance.
 */
export function readCaseClock(
  c: Pick<Case, 'acceptedOn' | 'suspensions' | 'extension' | 'clockStoppedOn'>,
  limits: ClockLimits,
  calendar: WorkingCalendar,
  today: string,
  options: { explain?: boolean } = {},
): CaseClock | undefined {
  if (!c.acceptedOn) return undefined;
  return computeCaseClock(clockInputOf(c, limits, today), calendar, { explain: options.explain ?? false });
}

/** The stored due dates of a clock reading. */
export function dueDatesOf(clock: CaseClock): DueDates {
  return { promised: clock.promisedDueDate, legal: clock.legalDueDate, provisional: clock.provisional };
}

/** The clock as the case page and the API show it. */
export interface ClockView {
  acceptedOn: string;
  promisedDueDate: string;
  legalDueDate: string;
  promisedLimit: number;
  legalLimit: number;
  workingDaysUsed: number;
  workingDaysLeft: number;
  workingDaysOverdue: number;
  suspended: boolean;
  provisional: boolean;
  card: CaseCard;
  stoppedOn?: string;
  /** Forwarded items: the day the township's §43 review limit ends. */
  forwardDueOn?: string;
  explanation: { 'zh-CN': string; en: string };
}

export function clockViewOf(c: Case, limits: ClockLimits, calendar: WorkingCalendar, today: string): ClockView | undefined {
  const clock = readCaseClock(c, limits, calendar, today, { explain: true });
  if (!clock || !c.acceptedOn) return undefined;
  return {
    acceptedOn: c.acceptedOn,
    promisedDueDate: clock.promisedDueDate,
    legalDueDate: clock.legalDueDate,
    promisedLimit: clock.promisedLimit,
    legalLimit: clock.legalLimit,
    workingDaysUsed: clock.workingDaysUsed,
    workingDaysLeft: clock.workingDaysLeft,
    workingDaysOverdue: clock.workingDaysOverdue,
    suspended: clock.suspended,
    provisional: clock.provisional,
    card: clock.card,
    ...(c.clockStoppedOn ? { stoppedOn: c.clockStoppedOn } : {}),
    ...(isForwardRoute(c) ? { forwardDueOn: computeDueDate(calendar, c.acceptedOn, FORWARDING_LIMIT_DAYS).dueDate } : {}),
    explanation: { 'zh-CN': clock.explanation!['zh-CN'], en: clock.explanation!.en },
  };
}

/**
 * The patch that brings a case's stored due dates and card up to date with its clock (after a
 * step that changes the clock, a calendar change, or days passing).
 */
export function clockPatch(c: Case, limits: ClockLimits, calendar: WorkingCalendar, today: string): Pick<Case, 'dueDates' | 'card' | 'worstCard'> | undefined {
  const clock = readCaseClock(c, limits, calendar, today);
  if (!clock) return undefined;
  const worstCard = CARD_RANK[clock.card] > CARD_RANK[c.worstCard ?? 'none'] ? clock.card : (c.worstCard ?? 'none');
  return { dueDates: dueDatesOf(clock), card: clock.card, worstCard };
}

/**
 * Brings an accepted case's due dates and card up to date (after a calendar change, or as days
 * pass). Returns the step to store, or nothing when nothing moved. Each change is an event, so the
 * case's record says when and why its dates or card changed.
 */
export function refreshCaseClock(c: Case, limits: ClockLimits, calendar: WorkingCalendar, today: string, at: string) {
  const patch = clockPatch(c, limits, calendar, today);
  if (!patch || !c.dueDates || !patch.dueDates) return undefined;
  const { dueDates } = patch;
  const datesMoved = dueDates.promised !== c.dueDates.promised || dueDates.legal !== c.dueDates.legal || dueDates.provisional !== c.dueDates.provisional;
  const cardChanged = patch.card !== (c.card ?? 'none');
  if (!datesMoved && !cardChanged) return undefined;
  const action: CaseAction = datesMoved ? 'due_dates_changed' : 'card_changed';
  return transition(c, action, SYSTEM_ACTOR, at, {
    patch,
    details: datesMoved
      ? { reason: 'working-day calendar changed', data: { from: c.dueDates, to: dueDates } }
      : { data: { from: c.card ?? 'none', to: patch.card } },
  });
}

/** For an application still waiting at the counter: moves the 5-working-day answer limit after a calendar change. */
export function refreshAnswerDue(c: Case, clock: IntakeClock, at: string) {
  const answerDueOn = clock.addWorkingDays(c.receivedOn, CORRECTION_NOTICE_LIMIT_DAYS).date;
  if (answerDueOn === c.answerDueOn) return undefined;
  return transition(c, 'due_dates_changed', SYSTEM_ACTOR, at, {
    patch: { answerDueOn, nextCheckOn: nextDay(answerDueOn) },
    details: { reason: 'working-day calendar changed', data: { answerDueOn: { from: c.answerDueOn, to: answerDueOn } } },
  });
}
