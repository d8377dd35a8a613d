import type { Principal } from '../../../core/auth/principal.js';
import { requestInfoStep } from '../../../core/case/review-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** A documented request to the applicant for additional information. */
export async function requestInfo(deps: IntakeDeps, principal: Principal, caseId: string, version: number, text: string) {
  return runCaseAction(deps, principal, caseId, version, 'request_info', ({ c, at }) => requestInfoStep(c, text, principal, at));
}
