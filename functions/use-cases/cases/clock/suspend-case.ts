import type { Principal } from '../../../core/auth/principal.js';
import { suspendStep, type SuspendInput } from '../../../core/case/clock-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** Suspends the clock for a special procedure (§45). */
export async function suspendCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: SuspendInput) {
  return runCaseAction(deps, principal, caseId, version, 'suspend', async ({ c, at, limits, clock }) =>
    suspendStep(c, input, await limits(), (await clock()).calendar, principal, at),
  );
}
