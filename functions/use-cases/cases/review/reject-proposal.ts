import type { Principal } from '../../../core/auth/principal.js';
import { rejectProposalStep } from '../../../core/case/review-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** The approver sends a proposal back to the reviewer without signing it. */
export async function rejectProposal(deps: IntakeDeps, principal: Principal, caseId: string, version: number, reason: string) {
  return runCaseAction(deps, principal, caseId, version, 'reject_proposal', ({ c, at }) => rejectProposalStep(c, reason, principal, at));
}
