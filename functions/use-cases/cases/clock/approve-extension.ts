import type { Principal } from '../../../core/auth/principal.js';
import { approveExtensionStep } from '../../../core/case/clock-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** The approver signs the extension off. */
export async function approveExtension(deps: IntakeDeps, principal: Principal, caseId: string, version: number) {
  return runCaseAction(deps, principal, caseId, version, 'approve_extension', async ({ c, at, limits, clock }) =>
    approveExtensionStep(c, await limits(), (await clock()).calendar, principal, at),
  );
}
