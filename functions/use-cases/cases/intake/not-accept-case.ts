import type { Principal } from '../../../core/auth/principal.js';
import { notAcceptStep, type NotAcceptInput } from '../../../core/case/intake-steps.js';
import { runCaseAction } from '../run-case-action.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';

/** Not accepted (不予受理): reasons, legal basis and remedies, in writing. */
export async function notAcceptCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: NotAcceptInput) {
  return runCaseAction(deps, principal, caseId, version, 'not_accept', ({ c, at }) => notAcceptStep(c, input, principal, at));
}
