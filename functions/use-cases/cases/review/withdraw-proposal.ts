import type { Principal } from '../../../core/auth/principal.js';
import { withdrawProposalStep } from '../../../core/case/review-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** The reviewer takes a proposal back to revise it. */
export async function withdrawProposal(deps: IntakeDeps, principal: Principal, caseId: string, version: number, reason: string) {
  return runCaseAction(deps, principal, caseId, version, 'withdraw_proposal', ({ c, at }) => withdrawProposalStep(c, reason, principal, at));
}
