import type { Principal } from '../../../core/auth/principal.js';
import { terminateStep } from '../../../core/case/decision-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** 终止: the approver ends the procedure without a decision, with the reason. */
export async function terminateCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, reason: string) {
  return runCaseAction(deps, principal, caseId, version, 'terminate', ({ c, at }) => terminateStep(c, reason, principal, at));
}
