import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { ValidationError, type FieldIssue } from '../errors.js';
import type { Case, CaseSuspension, SuspensionProcedure } from './case.js';
import type { Acting } from './case-access.js';
import { clockPatch, type ClockLimits } from './case-clock-view.js';
import type { CaseLimits } from './case.js';
import { chinaDate, nextDay, previousDay } from './dates.js';
import { transition } from './transition.js';

/**
 * Steps that change the time-limit clock: suspension (挂起, §45) and extension (延期, §42). Each
 * recomputes the stored due dates from the one clock (case-clock-view.ts).
 */

const person = (actor: Acting) => ({ userId: actor.userId, name: actor.name });

export interface SuspendInput {
  procedure: SuspensionProcedure;
  reason: string;
  start: string;
  expectedEnd: string;
}

/** Suspends the clock for a special procedure; the applicant is told in writing (suspension notice). */
export function suspendStep(c: Case, input: SuspendInput, limits: ClockLimits, calendar: WorkingCalendar, actor: Acting, at: string) {
  const today = chinaDate(at);
  const issues: FieldIssue[] = [];
  const lastEnd = (c.suspensions ?? []).reduce<string | undefined>((max, s) => (s.end && (!max || s.end > max) ? s.end : max), undefined);
  if (c.acceptedOn && input.start <= c.acceptedOn) issues.push({ path: 'start', message: 'case.suspension.beforeAcceptance', params: { date: c.acceptedOn } });
  else if (lastEnd && input.start <= lastEnd) issues.push({ path: 'start', message: 'case.suspension.overlaps', params: { date: lastEnd } });
  if (input.start > today) issues.push({ path: 'start', message: 'case.suspension.startInFuture' });
  if (input.expectedEnd < input.start) issues.push({ path: 'expectedEnd', message: 'case.suspension.endBeforeStart' });
  if (issues.length > 0) throw new ValidationError(issues);
  const suspension: CaseSuspension = { ...input, by: person(actor), at };
  const next = { ...c, suspensions: [...(c.suspensions ?? []), suspension] };
  return transition(c, 'suspend', actor, at, {
    patch: { suspensions: next.suspensions, ...clockPatch(next, limits, calendar, today), nextCheckOn: nextDay(input.expectedEnd) },
    details: {
      reason: input.reason,
      documents: [{ kind: 'suspension_notice', id: `${c.caseId}-suspension-${next.suspensions.length}` }],
      data: { procedure: input.procedure, start: input.start, expectedEnd: input.expectedEnd },
    },
  });
}

/**
 * Ends the open suspension: its last paused day is `lastPausedDay`, inclusive; by default the day
 * before today (the day work resumes counts again), or the start day if it resumes that same day.
 */
export function resumeStep(c: Case, lastPausedDay: string | undefined, limits: ClockLimits, calendar: WorkingCalendar, actor: Acting, at: string) {
  const today = chinaDate(at);
  const suspensions = [...(c.suspensions ?? [])];
  const openIndex = suspensions.findIndex((s) => !s.end);
  const open = suspensions[openIndex];
  if (!open) throw new ValidationError([{ path: 'lastPausedDay', message: 'case.suspension.noneOpen' }]);
  const end = lastPausedDay ?? (previousDay(today) < open.start ? open.start : previousDay(today));
  if (end < open.start) throw new ValidationError([{ path: 'lastPausedDay', message: 'case.suspension.endBeforeStart' }]);
  if (end > today) throw new ValidationError([{ path: 'lastPausedDay', message: 'case.suspension.endInFuture' }]);
  suspensions[openIndex] = { ...open, end };
  const next = { ...c, suspensions };
  const patch = clockPatch(next, limits, calendar, today);
  return transition(c, 'resume', actor, at, {
    patch: { suspensions, ...patch, nextCheckOn: nextDay(today) },
    details: { data: { procedure: open.procedure, start: open.start, end, dueDates: patch?.dueDates ?? null } },
  });
}

export interface ExtensionInput {
  workingDays: number;
  reason: string;
}

/** The reviewer asks for the one extension the law allows; the approver decides. */
export function requestExtensionStep(c: Case, input: ExtensionInput, limits: Pick<CaseLimits, 'legalExtensionDays'>, actor: Acting, at: string) {
  if (input.workingDays > limits.legalExtensionDays) {
    throw new ValidationError([{ path: 'workingDays', message: 'case.extension.tooLong', params: { max: limits.legalExtensionDays } }]);
  }
  return transition(c, 'request_extension', actor, at, {
    patch: { extension: { ...input, requestedBy: person(actor), requestedAt: at, status: 'requested' } },
    details: { reason: input.reason, data: { workingDays: input.workingDays } },
  });
}

/** The approver signs the extension off: both due dates move by exactly its working days. */
export function approveExtensionStep(c: Case, limits: ClockLimits, calendar: WorkingCalendar, actor: Acting, at: string) {
  const extension = { ...c.extension!, status: 'approved' as const, decidedBy: person(actor), decidedAt: at };
  const patch = clockPatch({ ...c, extension }, limits, calendar, chinaDate(at));
  return transition(c, 'approve_extension', actor, at, {
    patch: { extension, ...patch },
    details: {
      reason: extension.reason,
      documents: [{ kind: 'extension_notice', id: `${c.caseId}-extension` }],
      data: { workingDays: extension.workingDays, from: c.dueDates ?? null, to: patch?.dueDates ?? null },
    },
  });
}

/** The approver refuses the extension; the reviewer may ask again with better reasons. */
export function refuseExtensionStep(c: Case, reason: string, actor: Acting, at: string) {
  return transition(c, 'refuse_extension', actor, at, {
    patch: { extension: { ...c.extension!, status: 'refused', decidedBy: person(actor), decidedAt: at, refusal: reason } },
    details: { reason },
  });
}
