import type { Principal } from '../../../core/auth/principal.js';
import { appealRatingStep, decideAppealStep, replyRectificationStep } from '../../../core/case/rating-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** The office's answer to a poor rating: what it did, and whether it contacted the applicant. */
export async function replyRectification(
  deps: IntakeDeps,
  principal: Principal,
  caseId: string,
  version: number,
  input: { text: string; contactedApplicant: boolean },
) {
  return runCaseAction(deps, principal, caseId, version, 'reply_rectification', ({ c, at }) => replyRectificationStep(c, input, principal, at));
}

/** The office appeals a mistaken or abusive poor rating to the county. */
export async function appealRating(deps: IntakeDeps, principal: Principal, caseId: string, version: number, reason: string) {
  return runCaseAction(deps, principal, caseId, version, 'appeal_rating', ({ c, at }) => appealRatingStep(c, reason, principal, at));
}

/** The county supervisor decides an appeal, on the record. */
export async function decideAppeal(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: { upheld: boolean; decision: string }) {
  return runCaseAction(deps, principal, caseId, version, 'decide_appeal', ({ c, at }) => decideAppealStep(c, input, principal, at));
}
