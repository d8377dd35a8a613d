import type { Principal } from '../../../core/auth/principal.js';
import { withdrawStep } from '../../../core/case/intake-steps.js';
import { runCaseAction } from '../run-case-action.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';

/** Withdrawn (撤回) by the applicant, or by the clerk on the applicant's written request. */
export async function withdrawCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, reason: string) {
  return runCaseAction(deps, principal, caseId, version, 'withdraw', ({ c, at }) => withdrawStep(c, reason, principal, at));
}
