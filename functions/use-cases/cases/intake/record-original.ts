import type { Principal } from '../../../core/auth/principal.js';
import { recordOriginalStep } from '../../../core/case/intake-steps.js';
import { ValidationError } from '../../../core/errors.js';
import { runCaseAction } from '../run-case-action.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';

/** A clerk records that a paper original was checked at the counter (state unchanged). */
export async function recordOriginal(deps: IntakeDeps, principal: Principal, caseId: string, version: number, materialId: string) {
  return runCaseAction(deps, principal, caseId, version, 'record_original', async ({ c, at, item }) => {
    if (!(await item()).materials.some((m) => m.id === materialId)) {
      throw new ValidationError([{ path: 'materialId', message: 'intake.material.unknown', params: { name: materialId } }]);
    }
    return recordOriginalStep(c, materialId, principal, at);
  });
}
