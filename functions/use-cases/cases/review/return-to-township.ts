import type { Principal } from '../../../core/auth/principal.js';
import { returnToTownshipStep } from '../../../core/case/review-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** The county department sends a forwarded case back to the township. */
export async function returnToTownship(deps: IntakeDeps, principal: Principal, caseId: string, version: number, reason: string) {
  return runCaseAction(deps, principal, caseId, version, 'return_to_township', ({ c, at }) => returnToTownshipStep(c, reason, principal, at));
}
