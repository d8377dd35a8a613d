import type { Principal } from '../../../core/auth/principal.js';
import { revokeDecisionStep } from '../../../core/case/decision-steps.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';
import { runCaseAction } from '../run-case-action.js';

/** A decision set aside (e.g. on reconsideration): the case records it and the public verification says revoked. */
export async function revokeDecision(deps: IntakeDeps, principal: Principal, caseId: string, version: number, reason: string) {
  return runCaseAction(deps, principal, caseId, version, 'revoke_decision', ({ c, at }) => {
    const step = revokeDecisionStep(c, reason, principal, at);
    const revoked = step.after.decision!.revoked!;
    return { ...step, side: [{ kind: 'decision_revoked' as const, verifyCode: c.decision!.verifyCode, revoked }] };
  });
}
