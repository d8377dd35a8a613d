import { ForbiddenError, NotFoundError, RuleViolationError } from '../errors.js';
import type { Case } from './case.js';
import { canAct, type Acting, type Decision } from './case-access.js';
import { ruleOf, type CaseAction } from './case-actions.js';
import { sealEvent, type CaseEvent, type EventDocument } from './case-event.js';

/** What an event records of who acted. */
export interface Actor {
  userId: string;
  role: CaseEvent['actor']['role'];
  name: string;
}

export interface StepDetails {
  reason?: string;
  documents?: EventDocument[];
  data?: Record<string, unknown>;
}

/** A stage's pure step: what changes on the case, and what the event records. */
export interface Step {
  patch: Partial<Case>;
  details?: StepDetails;
}

/** The refusal of the gate, as a named error the HTTP layer maps (404 / 403 / 422). */
export class TransitionRefusedError extends RuleViolationError {
  constructor(
    readonly decision: Extract<Decision, { reason: 'wrong_state' | 'precondition' }>,
    caseId: string,
  ) {
    super(
      `refused on case ${caseId}: ${decision.reason}`,
      decision.reason === 'precondition' ? preconditionCode(decision.precondition) : 'CASE_WRONG_STATE',
      'action' in decision ? { action: decision.action, ...('state' in decision ? { state: decision.state } : {}) } : {},
    );
    this.name = 'TransitionRefusedError';
  }
}

function preconditionCode(p: string): string {
  const codes: Record<string, string> = {
    taken_by_caller: 'CASE_NOT_TAKEN',
    not_taken_by_caller: 'CASE_ALREADY_TAKEN',
    has_proposal: 'NO_PROPOSAL',
    no_pending_proposal: 'PROPOSAL_PENDING',
    extension_unused: 'EXTENSION_USED',
    extension_requested: 'NO_EXTENSION_REQUEST',
    forward_route: 'NOT_A_FORWARDED_ITEM',
    township_route: 'FORWARDED_ITEM',
    proposed_by_other: 'SAME_PERSON',
    decision_in_force: 'NO_DECISION_IN_FORCE',
    not_rated_on_channel: 'ALREADY_RATED',
    rectification_open: 'NO_OPEN_RECTIFICATION',
    poor_rating_unappealed: 'NOTHING_TO_APPEAL',
    appeal_pending: 'NO_PENDING_APPEAL',
    supervision_open: 'NO_OPEN_SUPERVISION_ORDER',
    supervision_replied: 'NO_SUPERVISION_REPLY',
  };
  return codes[p] ?? 'PRECONDITION_FAILED';
}

/**
 * The only way a case changes: checks the transition table for this actor, case and action
 * (throws TransitionRefusedError, or the NotFound/Forbidden error of the refusal), then applies
 * the step and seals the event that records it.
 */
export function transition(before: Case, action: CaseAction, actor: Acting, at: string, step: Step): { after: Case; event: CaseEvent } {
  const decision = canAct(actor, before, action);
  if (!decision.ok) throw refusalError(decision, before.caseId);
  return applyStep(before, action, actor, at, step.patch, step.details);
}

/** Turns a refusal into the error the API answers with. */
export function refusalError(decision: Exclude<Decision, { ok: true }>, caseId: string): Error {
  if (decision.reason === 'wrong_state' || decision.reason === 'precondition') return new TransitionRefusedError(decision, caseId);
  if (decision.reason === 'forbidden') return new ForbiddenError(`not allowed on case ${caseId}`);
  return new NotFoundError(`case ${caseId}`);
}

/**
 * Applies one step to a case: the new snapshot (state, version + 1, chain head) and the sealed
 * event that records it. Unguarded: use transition(); exported for storage tests only.
 */
export function applyStep(
  before: Case,
  action: CaseAction,
  actor: Actor | Acting,
  at: string,
  patch: Partial<Case>,
  details: StepDetails = {},
): { after: Case; event: CaseEvent } {
  const rule = ruleOf(action);
  const toState = rule.to ?? before.state;
  const event = sealEvent(
    {
      caseId: before.caseId,
      seq: before.lastEventSeq + 1,
      action,
      at,
      actor: { userId: actor.userId, role: actor.role, name: actor.name },
      // The first event creates the case: it comes from nowhere.
      fromState: before.lastEventSeq === 0 ? null : before.state,
      toState,
      ...(details.reason ? { reason: details.reason } : {}),
      ...(details.documents ? { documents: details.documents } : {}),
      ...(details.data ? { data: details.data } : {}),
      public: rule.public,
      scope: { townshipId: before.townshipId, countyId: before.countyId },
    },
    before.lastEventHash,
  );
  const after: Case = {
    ...before,
    ...patch,
    state: toState,
    version: before.version + 1,
    lastEventSeq: event.seq,
    lastEventHash: event.hash,
    updatedAt: at,
  };
  return { after, event };
}
