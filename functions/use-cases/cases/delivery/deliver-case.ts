import type { Principal } from '../../../core/auth/principal.js';
import { deliverSteps, type DeliveryInput } from '../../../core/case/delivery-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** The clerk hands the result over at the window or records the post; the case completes (办结). */
export async function deliverCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: DeliveryInput) {
  return runCaseAction(deps, principal, caseId, version, 'deliver', ({ c, at }) => deliverSteps(c, input, principal, at));
}

/** The applicant receives the signed decision electronically (the first download); the case completes. */
export async function receiveElectronically(deps: IntakeDeps, principal: Principal, caseId: string, version: number) {
  return runCaseAction(deps, principal, caseId, version, 'deliver_electronically', ({ c, at }) => deliverSteps(c, { method: 'electronic' }, principal, at));
}
