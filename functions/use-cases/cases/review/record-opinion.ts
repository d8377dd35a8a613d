import type { Principal } from '../../../core/auth/principal.js';
import { recordOpinionStep } from '../../../core/case/review-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** The reviewer records the review opinion (审查意见). */
export async function recordOpinion(deps: IntakeDeps, principal: Principal, caseId: string, version: number, opinion: string) {
  return runCaseAction(deps, principal, caseId, version, 'record_opinion', ({ c, at }) => recordOpinionStep(c, opinion, principal, at));
}
