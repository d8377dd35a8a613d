import { RuleViolationError, ValidationError, type FieldIssue } from '../errors.js';
import type { Case, CaseMaterial, CorrectionItem } from './case.js';
import { SYSTEM_ACTOR, type Acting } from './case-access.js';
import { chinaDate, nextDay } from './dates.js';
import { CORRECTION_NOTICE_LIMIT_DAYS, type IntakeClock } from './intake-clock.js';
import type { IntakeItem } from './intake-item.js';
import { transition } from './transition.js';

export { nextDay } from './dates.js';
type Actor = Acting;

/**
 * The intake steps as pure functions: each takes the case as it is and returns the case as it
 * will be plus the event that records the step. Business refusals are thrown as
 * RuleViolationError / ValidationError with stable codes.
 */

/** Materials that block acceptance: mandatory, with neither a file, a checked original, nor a 容缺 commitment. */
export function missingMaterials(item: IntakeItem, materials: CaseMaterial[]): string[] {
  return item.materials
    .filter((m) => m.mandatory)
    .filter((m) => {
      const onCase = materials.find((x) => x.materialId === m.id);
      return !onCase || (onCase.files.length === 0 && !onCase.originalChecked && !onCase.deferred);
    })
    .map((m) => m.id);
}

/** Dates that run from (re)receipt: the correction-notice limit and, online, the pre-review limit. */
function receivedPatch(c: Pick<Case, 'channel'>, item: Pick<IntakeItem, 'preReviewLimitDays'>, at: string, clock: IntakeClock) {
  const receivedOn = chinaDate(at);
  const answerDueOn = clock.addWorkingDays(receivedOn, CORRECTION_NOTICE_LIMIT_DAYS).date;
  return {
    receivedAt: at,
    receivedOn,
    answerDueOn,
    // The day after the limit the sweep deems the application accepted.
    nextCheckOn: nextDay(answerDueOn),
    ...(c.channel === 'counter' ? {} : { preReviewDueOn: clock.addWorkingDays(receivedOn, item.preReviewLimitDays).date }),
  };
}

/** The first event of a case: it is received now, and the counter must answer within 5 working days. */
export function submitStep(draft: Case, item: Pick<IntakeItem, 'preReviewLimitDays'>, actor: Actor, at: string, clock: IntakeClock) {
  return transition({ ...draft, lastEventSeq: 0 }, 'submit', actor, at, {
    patch: { ...receivedPatch(draft, item, at, clock), createdAt: at },
    details: { data: { channel: draft.channel, itemCode: draft.itemCode, itemVersion: draft.itemVersion } },
  });
}

export interface AcceptInput {
  /** 容缺: materials accepted missing, each with the date the applicant commits to supply it. */
  deferred: { materialId: string; dueOn: string }[];
  note?: string;
}

/**
 * Accept: the clock starts. If the counter answers after the correction-notice limit, the law
 * deems the application accepted on the day it was received, and the due dates count from then.
 */
export function acceptStep(c: Case, item: IntakeItem, input: AcceptInput, actor: Actor, at: string, clock: IntakeClock) {
  const today = chinaDate(at);
  const issues: FieldIssue[] = [];
  const materials = c.materials.map((m) => ({ ...m }));
  for (const [index, d] of input.deferred.entries()) {
    const spec = item.materials.find((m) => m.id === d.materialId);
    if (!spec) issues.push({ path: `deferred.${index}.materialId`, message: 'intake.material.unknown' });
    else if (!spec.mayBeDeferred) issues.push({ path: `deferred.${index}.materialId`, message: 'intake.material.notDeferrable' });
    else if (d.dueOn <= today) issues.push({ path: `deferred.${index}.dueOn`, message: 'intake.deferred.dueInPast' });
    else {
      const existing = materials.find((m) => m.materialId === d.materialId);
      if (existing) existing.deferred = { dueOn: d.dueOn };
      else materials.push({ materialId: d.materialId, files: [], deferred: { dueOn: d.dueOn } });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const missing = missingMaterials(item, materials);
  if (missing.length > 0) {
    throw new RuleViolationError(`materials missing: ${missing.join(', ')}`, 'MATERIALS_INCOMPLETE', { materials: missing.join(', ') });
  }
  const late = today > c.answerDueOn;
  const acceptedOn = late ? c.receivedOn : today;
  const dueDates = clock.dueDates(acceptedOn, item);
  return transition(c, 'accept', actor, at, {
    patch: { materials, acceptedOn, dueDates, card: 'none', nextCheckOn: nextDay(today), ...(late ? { deemedAccepted: true } : {}) },
    details: {
      ...(input.note ? { reason: input.note } : {}),
      documents: [{ kind: 'acceptance_notice', id: `${c.caseId}-acceptance` }],
      data: { acceptedOn, dueDates, deemedAcceptedOnReceipt: late, deferred: input.deferred },
    },
  });
}

/** The system's step when the counter let the correction-notice limit pass without any answer. */
export function deemAcceptedStep(c: Case, item: IntakeItem, at: string, clock: IntakeClock) {
  const dueDates = clock.dueDates(c.receivedOn, item);
  return transition(c, 'deem_accepted', SYSTEM_ACTOR, at, {
    patch: { acceptedOn: c.receivedOn, dueDates, deemedAccepted: true, card: 'none', nextCheckOn: chinaDate(at) },
    details: { reason: 'correction notice limit passed', data: { acceptedOn: c.receivedOn, dueDates } },
  });
}

/** One-time correction notice: everything missing or wrong, in one go, within the limit. */
export function requireCorrectionStep(c: Case, items: CorrectionItem[], actor: Actor, at: string) {
  if (chinaDate(at) > c.answerDueOn) {
    throw new RuleViolationError('correction notice limit passed', 'CORRECTION_NOTICE_LATE', { answerDueOn: c.answerDueOn });
  }
  const round = (c.correction?.round ?? 0) + 1;
  return transition(c, 'require_correction', actor, at, {
    patch: { correction: { items, issuedAt: at, issuedBy: actor.name, round } },
    details: { documents: [{ kind: 'correction_notice', id: `${c.caseId}-correction-${round}` }], data: { items, round } },
  });
}

/** The applicant answers the notice: the application is received again and the counter's limit restarts. */
export function resubmitStep(
  c: Case,
  item: Pick<IntakeItem, 'preReviewLimitDays'>,
  patch: Pick<Case, 'answers' | 'materials'>,
  actor: Actor,
  at: string,
  clock: IntakeClock,
) {
  return transition(c, 'resubmit', actor, at, {
    // The correction limit restarts from the resubmission; the first submission time stays on the case.
    patch: { ...patch, ...receivedPatch(c, item, at, clock), firstReceivedAt: c.firstReceivedAt ?? c.receivedAt },
    details: { data: { round: c.correction?.round ?? 0 } },
  });
}

export interface NotAcceptInput {
  reasons: string[];
  legalBasis: string[];
  remedies: string;
}

/** Not accepted: in writing, with reasons, legal basis and the applicant's remedies. */
export function notAcceptStep(c: Case, input: NotAcceptInput, actor: Actor, at: string) {
  return transition(c, 'not_accept', actor, at, {
    patch: { notAccepted: { ...input, decidedAt: at } },
    details: { reason: input.reasons.join('; '), documents: [{ kind: 'not_accepted_notice', id: `${c.caseId}-not-accepted` }], data: { ...input } },
  });
}

export function withdrawStep(c: Case, reason: string, actor: Actor, at: string) {
  return transition(c, 'withdraw', actor, at, { patch: { clockStoppedOn: chinaDate(at) }, details: { reason } });
}

/** A paper original checked at the counter; recorded, state unchanged. */
export function recordOriginalStep(c: Case, materialId: string, actor: Actor, at: string) {
  const materials = c.materials.some((m) => m.materialId === materialId)
    ? c.materials.map((m) => (m.materialId === materialId ? { ...m, originalChecked: { by: actor.name, at } } : m))
    : [...c.materials, { materialId, files: [], originalChecked: { by: actor.name, at } }];
  return transition(c, 'record_original', actor, at, { patch: { materials }, details: { data: { materialId } } });
}
