import type { Principal } from '../../../core/auth/principal.js';
import { resubmitStep } from '../../../core/case/intake-steps.js';
import { runCaseAction } from '../run-case-action.js';
import { attachFiles } from '../../intake/attach-files.js';
import type { IntakeDeps } from '../../intake/intake-deps.js';

export interface ResubmitInput {
  answers?: Record<string, unknown>;
  overrides?: { fieldId: string; reason: string }[];
  materials: { materialId: string; fileIds: string[] }[];
}

/** The applicant answers the notice; the case goes back to the counter. */
export async function resubmitApplication(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: ResubmitInput) {
  return runCaseAction(deps, principal, caseId, version, 'resubmit', async ({ c, at, item: loadItem, clock }) => {
    const item = await loadItem();
    const channel = principal.role === 'clerk' ? 'counter' : c.channel;
    const answers = input.answers
      ? await deps.catalogue.validateAnswers(c.itemCode, c.itemVersion, input.answers, input.overrides ?? c.overrides, channel)
      : c.answers;
    const materials = await attachFiles(deps, principal, item, input.materials, c.materials, c.caseId);
    return resubmitStep(c, item, { answers, materials }, principal, at, await clock());
  });
}
