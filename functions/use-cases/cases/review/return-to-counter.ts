import type { Principal } from '../../../core/auth/principal.js';
import { returnToCounterStep } from '../../../core/case/review-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** The back office sends an accepted case back to the counter, with a reason. */
export async function returnToCounter(deps: IntakeDeps, principal: Principal, caseId: string, version: number, reason: string) {
  return runCaseAction(deps, principal, caseId, version, 'return_to_counter', async ({ c, at, clock }) =>
    returnToCounterStep(c, reason, principal, at, await clock()),
  );
}
