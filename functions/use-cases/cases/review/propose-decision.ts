import type { Principal } from '../../../core/auth/principal.js';
import { proposeStep, type ProposalInput } from '../../../core/case/review-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** The reviewer proposes grant or refusal, with reasons and legal basis. */
export async function proposeDecision(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: ProposalInput) {
  return runCaseAction(deps, principal, caseId, version, 'propose', ({ c, at }) => proposeStep(c, input, principal, at));
}
