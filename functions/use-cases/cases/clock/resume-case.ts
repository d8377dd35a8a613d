import type { Principal } from '../../../core/auth/principal.js';
import { resumeStep } from '../../../core/case/clock-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** Ends the open suspension; the paused working days are added to the due dates. */
export async function resumeCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, lastPausedDay?: string) {
  return runCaseAction(deps, principal, caseId, version, 'resume', async ({ c, at, limits, clock }) =>
    resumeStep(c, lastPausedDay, await limits(), (await clock()).calendar, principal, at),
  );
}
