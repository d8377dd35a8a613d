import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { ValidationError, type FieldIssue } from '../errors.js';
import type { Case, CaseDecision, DecisionOutcome } from './case.js';
import type { Acting } from './case-access.js';
import { clockPatch, type ClockLimits } from './case-clock-view.js';
import { chinaDate } from './dates.js';
import { computeDueDate } from '../clock/due-date.js';
import { DELIVERY_LIMIT_DAYS } from './delivery-steps.js';
import { transition } from './transition.js';

const person = (actor: Acting) => ({ userId: actor.userId, name: actor.name });

export interface DecisionInput {
  outcome: DecisionOutcome;
  reasons: string[];
  legalBasis: string[];
  /** Refusals: the applicant's remedies (reconsideration within 60 days, a lawsuit within 6 months). */
  remedies?: string;
}

/** What the seal produced for the decision document. */
export interface SealedDocument {
  documentNumber: string;
  verifyCode: string;
  issuer: CaseDecision['issuer'];
}

/** A refusal carries reasons, legal basis and remedies; a grant its legal basis. */
export function checkDecisionInput(input: DecisionInput): void {
  const issues: FieldIssue[] = [];
  if (input.legalBasis.length === 0) issues.push({ path: 'legalBasis', message: 'case.decision.basisRequired' });
  if (input.outcome === 'refuse') {
    if (input.reasons.length === 0) issues.push({ path: 'reasons', message: 'case.decision.reasonsRequired' });
    if (!input.remedies?.trim()) issues.push({ path: 'remedies', message: 'case.decision.remediesRequired' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * The decision (决定): by the township's approver under the one seal, or by the county department
 * for a forwarded item. The clock stops on the day of the decision and is read as of that day.
 */
export function decideStep(
  c: Case,
  action: 'decide' | 'decide_forwarded',
  input: DecisionInput,
  sealed: SealedDocument,
  limits: ClockLimits,
  calendar: WorkingCalendar,
  actor: Acting,
  at: string,
) {
  checkDecisionInput(input);
  const decidedOn = chinaDate(at);
  const decision: CaseDecision = {
    outcome: input.outcome,
    reasons: input.reasons,
    legalBasis: input.legalBasis,
    ...(input.remedies ? { remedies: input.remedies } : {}),
    ...sealed,
    decidedAt: at,
    decidedOn,
    by: person(actor),
  };
  const stopped = { ...c, clockStoppedOn: decidedOn };
  const deliveryDueOn = computeDueDate(calendar, decidedOn, DELIVERY_LIMIT_DAYS).dueDate;
  return transition(c, action, actor, at, {
    patch: { decision, clockStoppedOn: decidedOn, deliveryDueOn, ...clockPatch(stopped, limits, calendar, decidedOn), nextCheckOn: undefined },
    details: {
      reason: input.reasons.join('; '),
      documents: [{ kind: 'decision', id: sealed.verifyCode }],
      data: { outcome: input.outcome, documentNumber: sealed.documentNumber, issuer: sealed.issuer },
    },
  });
}

/** 终止: the procedure ends without a decision, in the cases the law lists (with the reason). */
export function terminateStep(c: Case, reason: string, actor: Acting, at: string) {
  const on = chinaDate(at);
  return transition(c, 'terminate', actor, at, {
    patch: { termination: { reason, at, by: person(actor) }, clockStoppedOn: on, nextCheckOn: undefined },
    details: { reason, documents: [{ kind: 'termination_notice', id: `${c.caseId}-termination` }] },
  });
}

/** A decision set aside (e.g. on reconsideration): the verification page says revoked from now on. */
export function revokeDecisionStep(c: Case, reason: string, actor: Acting, at: string) {
  const decision: CaseDecision = { ...c.decision!, revoked: { at, reason, by: person(actor) } };
  return transition(c, 'revoke_decision', actor, at, {
    patch: { decision },
    details: { reason, data: { verifyCode: decision.verifyCode, documentNumber: decision.documentNumber } },
  });
}
