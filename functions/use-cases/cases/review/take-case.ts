import type { Principal } from '../../../core/auth/principal.js';
import { takeStep } from '../../../core/case/review-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** A reviewer of the handling office takes the case (or takes it over). */
export async function takeCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number) {
  return runCaseAction(deps, principal, caseId, version, 'take', ({ c, at }) => takeStep(c, principal, at));
}
