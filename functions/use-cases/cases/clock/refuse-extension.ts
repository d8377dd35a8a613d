import type { Principal } from '../../../core/auth/principal.js';
import { refuseExtensionStep } from '../../../core/case/clock-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** The approver refuses the extension, with a reason. */
export async function refuseExtension(deps: IntakeDeps, principal: Principal, caseId: string, version: number, reason: string) {
  return runCaseAction(deps, principal, caseId, version, 'refuse_extension', ({ c, at }) => refuseExtensionStep(c, reason, principal, at));
}
