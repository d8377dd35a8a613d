import type { Principal } from '../../core/auth/principal.js';
import type { CorrectionItem } from '../../core/case/case.js';
import {
  acceptStep,
  notAcceptStep,
  recordOriginalStep,
  requireCorrectionStep,
  resubmitStep,
  withdrawStep,
  type AcceptInput,
  type NotAcceptInput,
} from '../../core/case/intake-steps.js';
import { ValidationError } from '../../core/errors.js';
import { runCaseAction } from '../cases/run-case-action.js';
import { attachFiles } from './attach-files.js';
import type { IntakeDeps } from './intake-deps.js';

/** Accept (受理): starts the clock and fixes the due dates; 容缺 materials get a supply-by date. */
export async function acceptCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: AcceptInput) {
  return runCaseAction(deps, principal, caseId, version, 'accept', async ({ c, at, item, clock }) =>
    acceptStep(c, await item(), input, principal, at, await clock()),
  );
}

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

/** Not accepted (不予受理): reasons, legal basis and remedies, in writing. */
export async function notAcceptCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: NotAcceptInput) {
  return runCaseAction(deps, principal, caseId, version, 'not_accept', ({ c, at }) => notAcceptStep(c, input, principal, at));
}

/** Withdrawn (撤回) by the applicant, or by the clerk on the applicant's written request. */
export async function withdrawCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, reason: string) {
  return runCaseAction(deps, principal, caseId, version, 'withdraw', ({ c, at }) => withdrawStep(c, reason, principal, at));
}

/** A clerk records that a paper original was checked at the counter (state unchanged). */
export async function recordOriginal(deps: IntakeDeps, principal: Principal, caseId: string, version: number, materialId: string) {
  return runCaseAction(deps, principal, caseId, version, 'record_original', async ({ c, at, item }) => {
    if (!(await item()).materials.some((m) => m.id === materialId)) {
      throw new ValidationError([{ path: 'materialId', message: 'intake.material.unknown', params: { name: materialId } }]);
    }
    return recordOriginalStep(c, materialId, principal, at);
  });
}
