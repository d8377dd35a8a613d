import type { Principal } from '../../../core/auth/principal.js';
import { acceptStep, type AcceptInput } from '../../../core/case/intake-steps.js';
import { runCaseAction } from '../run-case-action.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';

/** Accept (受理): starts the clock and fixes the due dates; 容缺 materials get a supply-by date. */
export async function acceptCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: AcceptInput) {
  return runCaseAction(deps, principal, caseId, version, 'accept', async ({ c, at, item, clock }) =>
    acceptStep(c, await item(), input, principal, at, await clock()),
  );
}
