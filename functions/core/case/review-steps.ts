import { ValidationError, type FieldIssue } from '../errors.js';
import type { Case, DecisionOutcome } from './case.js';
import type { Acting } from './case-access.js';
import { chinaDate, nextDay } from './dates.js';
import { CORRECTION_NOTICE_LIMIT_DAYS, type IntakeClock } from './intake-clock.js';
import { transition } from './transition.js';

/**
 * The back office's review steps (后台审查) as pure functions over the transition table: each
 * returns the case as it will be and the event that records it.
 */

const person = (actor: Acting) => ({ userId: actor.userId, name: actor.name });

/** A reviewer of the handling office takes the case (or takes it over from a colleague). */
export function takeStep(c: Case, actor: Acting, at: string) {
  const previous = c.review?.reviewer;
  return transition(c, 'take', actor, at, {
    patch: { review: { ...c.review, reviewer: { ...person(actor), takenAt: at } } },
    details: previous ? { data: { takenOverFrom: previous.name } } : {},
  });
}

/** The review opinion (审查意见), kept on the case and in the history. */
export function recordOpinionStep(c: Case, opinion: string, actor: Acting, at: string) {
  return transition(c, 'record_opinion', actor, at, {
    patch: { review: { ...c.review, opinion } },
    details: { reason: opinion },
  });
}

/** A documented request to the applicant for additional information (the applicant sees it). */
export function requestInfoStep(c: Case, text: string, actor: Acting, at: string) {
  const n = (c.infoRequests?.length ?? 0) + 1;
  return transition(c, 'request_info', actor, at, {
    patch: { infoRequests: [...(c.infoRequests ?? []), { text, at, by: person(actor) }] },
    details: { reason: text, documents: [{ kind: 'information_request', id: `${c.caseId}-info-${n}` }] },
  });
}

export interface ProposalInput {
  outcome: DecisionOutcome;
  reasons: string[];
  legalBasis: string[];
}

/** The reviewer proposes the decision; the approver signs it (two people, §34). */
export function proposeStep(c: Case, input: ProposalInput, actor: Acting, at: string) {
  const issues: FieldIssue[] = [];
  if (input.legalBasis.length === 0) issues.push({ path: 'legalBasis', message: 'case.decision.basisRequired' });
  if (input.outcome === 'refuse' && input.reasons.length === 0) issues.push({ path: 'reasons', message: 'case.decision.reasonsRequired' });
  if (issues.length > 0) throw new ValidationError(issues);
  return transition(c, 'propose', actor, at, {
    patch: { review: { ...c.review, proposal: { ...input, by: person(actor), at } } },
    details: { data: { outcome: input.outcome, reasons: input.reasons, legalBasis: input.legalBasis } },
  });
}

/** The reviewer takes a proposal back to revise it. */
export function withdrawProposalStep(c: Case, reason: string, actor: Acting, at: string) {
  return transition(c, 'withdraw_proposal', actor, at, { patch: { review: { ...c.review, proposal: undefined } }, details: { reason } });
}

/** The approver does not sign the proposal and sends it back to the reviewer with a reason. */
export function rejectProposalStep(c: Case, reason: string, actor: Acting, at: string) {
  const proposal = c.review?.proposal;
  return transition(c, 'reject_proposal', actor, at, {
    patch: { review: { ...c.review, proposal: undefined } },
    details: { reason, data: { proposal: proposal ? { outcome: proposal.outcome, by: proposal.by.name } : null } },
  });
}

/**
 * The back office sends an accepted case back to the counter (it should not have been accepted as
 * it stands). The acceptance is undone on the record, and the counter has a fresh 5 working days.
 */
export function returnToCounterStep(c: Case, reason: string, actor: Acting, at: string, clock: IntakeClock) {
  const today = chinaDate(at);
  const answerDueOn = clock.addWorkingDays(today, CORRECTION_NOTICE_LIMIT_DAYS).date;
  return transition(c, 'return_to_counter', actor, at, {
    // Cleared fields are written as absent (the store drops undefined attributes).
    patch: {
      acceptedOn: undefined,
      dueDates: undefined,
      card: undefined,
      review: undefined,
      suspensions: undefined,
      extension: undefined,
      deemedAccepted: undefined,
      returnedToCounter: { reason, at, by: person(actor) },
      answerDueOn,
      nextCheckOn: nextDay(answerDueOn),
    },
    details: { reason, data: { acceptedOn: c.acceptedOn ?? null } },
  });
}

/** 审核转报: the township has reviewed a forwarded item and sends it on to the county department. */
export function forwardStep(c: Case, note: string | undefined, actor: Acting, at: string) {
  return transition(c, 'forward', actor, at, {
    patch: { forwarding: { forwardedAt: at, forwardedOn: chinaDate(at), departmentId: c.decidingOfficeId, ...(note ? { note } : {}) } },
    details: { ...(note ? { reason: note } : {}), data: { departmentId: c.decidingOfficeId } },
  });
}

/** The county department sends a forwarded case back to the township, with a reason. */
export function returnToTownshipStep(c: Case, reason: string, actor: Acting, at: string) {
  return transition(c, 'return_to_township', actor, at, { patch: { forwarding: undefined }, details: { reason, data: { departmentId: c.decidingOfficeId } } });
}
