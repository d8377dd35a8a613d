import type { Principal } from '../../../core/auth/principal.js';
import type { CorrectionItem } from '../../../core/case/case.js';
import { requireCorrectionStep } from '../../../core/case/intake-steps.js';
import { ValidationError } from '../../../core/errors.js';
import { runCaseAction } from '../run-case-action.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';

/** One-time correction notice (一次性告知): every missing or wrong item at once. */
export async function requireCorrection(deps: IntakeDeps, principal: Principal, caseId: string, version: number, items: CorrectionItem[]) {
  return runCaseAction(deps, principal, caseId, version, 'require_correction', async ({ c, at, item }) => {
    const { materials } = await item();
    const issues = items.flatMap((entry, i) =>
      entry.materialId && !materials.some((m) => m.id === entry.materialId)
        ? [{ path: `items.${i}.materialId`, message: 'intake.material.unknown', params: { name: entry.materialId } }]
        : [],
    );
    if (issues.length > 0) throw new ValidationError(issues);
    return requireCorrectionStep(c, items, principal, at);
  });
}
