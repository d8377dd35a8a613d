import type { Principal } from '../../../core/auth/principal.js';
import { forwardStep } from '../../../core/case/review-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** 审核转报: the township forwards a reviewed case to the county department that decides it. */
export async function forwardCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, note?: string) {
  return runCaseAction(deps, principal, caseId, version, 'forward', ({ c, at }) => forwardStep(c, note, principal, at));
}
