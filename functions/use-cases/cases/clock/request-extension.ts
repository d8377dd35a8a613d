import type { Principal } from '../../../core/auth/principal.js';
import { requestExtensionStep, type ExtensionInput } from '../../../core/case/clock-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** The reviewer asks for the one extension of §42. */
export async function requestExtension(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: ExtensionInput) {
  return runCaseAction(deps, principal, caseId, version, 'request_extension', async ({ c, at, limits }) =>
    requestExtensionStep(c, input, await limits(), principal, at),
  );
}
