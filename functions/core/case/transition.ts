import type { Case } from './case.js';
import { CASE_ACTIONS, type CaseAction, type CaseNote } from './case-actions.js';
import { sealEvent, type CaseEvent, type EventDocument } from './case-event.js';

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

/**
 * Applies one step to a case: the new snapshot (state, version + 1, chain head) and the sealed
 * event that records it. Permission and state checks happen before (case-access.ts).
 */
export function applyStep(
  before: Case,
  step: CaseAction | CaseNote,
  actor: Actor,
  at: string,
  patch: Partial<Case>,
  details: StepDetails = {},
): { after: Case; event: CaseEvent } {
  const rule = step in CASE_ACTIONS ? CASE_ACTIONS[step as CaseAction] : undefined;
  const toState = rule ? rule.to : before.state;
  const event = sealEvent(
    {
      caseId: before.caseId,
      seq: before.lastEventSeq + 1,
      action: step,
      at,
      actor,
      // The first event creates the case: it comes from nowhere.
      fromState: before.lastEventSeq === 0 ? null : before.state,
      toState,
      ...(details.reason ? { reason: details.reason } : {}),
      ...(details.documents ? { documents: details.documents } : {}),
      ...(details.data ? { data: details.data } : {}),
      public: rule?.public ?? false,
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
