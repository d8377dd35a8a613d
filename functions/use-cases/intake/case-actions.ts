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
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError, ValidationError } from '../../core/errors.js';
import { attachFiles } from './attach-files.js';
import type { IntakeDeps } from './intake-deps.js';
import { loadCaseForAction, loadReadableCase } from './load-case.js';

const actorOf = (p: Principal) => ({ userId: p.userId, role: p.role, name: p.name });

/** Accept (受理): starts the clock and fixes the due dates; 容缺 materials get a supply-by date. */
export async function acceptCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: AcceptInput) {
  const c = await loadCaseForAction(deps.cases, principal, caseId, 'accept', version);
  const item = await deps.catalogue.itemForCase(c.itemCode, c.itemVersion, c.townshipId, c.variantAnswers);
  const step = acceptStep(c, item, input, actorOf(principal), deps.now().toISOString(), await deps.clock());
  await deps.cases.update(step.after, c.version, [step.event]);
  return step.after;
}

/** One-time correction notice (一次性告知): every missing or wrong item at once. */
export async function requireCorrection(deps: IntakeDeps, principal: Principal, caseId: string, version: number, items: CorrectionItem[]) {
  const c = await loadCaseForAction(deps.cases, principal, caseId, 'require_correction', version);
  const item = await deps.catalogue.itemForCase(c.itemCode, c.itemVersion, c.townshipId, c.variantAnswers);
  const issues = items.flatMap((entry, i) =>
    entry.materialId && !item.materials.some((m) => m.id === entry.materialId)
      ? [{ path: `items.${i}.materialId`, message: 'intake.material.unknown', params: { name: entry.materialId } }]
      : [],
  );
  if (issues.length > 0) throw new ValidationError(issues);
  const step = requireCorrectionStep(c, items, actorOf(principal), deps.now().toISOString());
  await deps.cases.update(step.after, c.version, [step.event]);
  return step.after;
}

export interface ResubmitInput {
  answers?: Record<string, unknown>;
  overrides?: { fieldId: string; reason: string }[];
  materials: { materialId: string; fileIds: string[] }[];
}

/** The applicant answers the notice; the case goes back to the counter. */
export async function resubmitApplication(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: ResubmitInput) {
  const c = await loadCaseForAction(deps.cases, principal, caseId, 'resubmit', version);
  const item = await deps.catalogue.itemForCase(c.itemCode, c.itemVersion, c.townshipId, c.variantAnswers);
  const channel = principal.role === 'clerk' ? 'counter' : c.channel;
  const answers = input.answers
    ? await deps.catalogue.validateAnswers(c.itemCode, c.itemVersion, input.answers, input.overrides ?? c.overrides, channel)
    : c.answers;
  const materials = await attachFiles(deps, principal, item, input.materials, c.materials, c.caseId);
  const step = resubmitStep(c, item, { answers, materials }, actorOf(principal), deps.now().toISOString(), await deps.clock());
  await deps.cases.update(step.after, c.version, [step.event]);
  return step.after;
}

/** Not accepted (不予受理): reasons, legal basis and remedies, in writing. */
export async function notAcceptCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, input: NotAcceptInput) {
  const c = await loadCaseForAction(deps.cases, principal, caseId, 'not_accept', version);
  const step = notAcceptStep(c, input, actorOf(principal), deps.now().toISOString());
  await deps.cases.update(step.after, c.version, [step.event]);
  return step.after;
}

/** Withdrawn (撤回) by the applicant, or by the clerk on the applicant's written request. */
export async function withdrawCase(deps: IntakeDeps, principal: Principal, caseId: string, version: number, reason: string) {
  const c = await loadCaseForAction(deps.cases, principal, caseId, 'withdraw', version);
  const step = withdrawStep(c, reason, actorOf(principal), deps.now().toISOString());
  await deps.cases.update(step.after, c.version, [step.event]);
  return step.after;
}

/** A clerk records that a paper original was checked at the counter (state unchanged). */
export async function recordOriginal(deps: IntakeDeps, principal: Principal, caseId: string, version: number, materialId: string) {
  if (principal.role !== 'clerk') throw new ForbiddenError('only clerks check originals');
  const c = await loadReadableCase(deps.cases, principal, caseId);
  if (c.version !== version) throw new ConflictError(`case ${caseId} is at version ${c.version}`, 'VERSION_CONFLICT');
  if (c.townshipId !== principal.townshipId) throw new NotFoundError(`case ${caseId}`);
  const item = await deps.catalogue.itemForCase(c.itemCode, c.itemVersion, c.townshipId, c.variantAnswers);
  if (!item.materials.some((m) => m.id === materialId)) {
    throw new ValidationError([{ path: 'materialId', message: 'intake.material.unknown', params: { name: materialId } }]);
  }
  if (c.state !== 'submitted' && c.state !== 'under_review') {
    throw new RuleViolationError('originals are checked before or at acceptance', 'CASE_WRONG_STATE', { action: 'record_original', state: c.state });
  }
  const step = recordOriginalStep(c, materialId, actorOf(principal), deps.now().toISOString());
  await deps.cases.update(step.after, c.version, [step.event]);
  return step.after;
}

