import { canRead } from '../../core/case/case-access.js';
import { limitsOf } from '../../core/case/case-clock-view.js';
import type { Principal } from '../../core/auth/principal.js';
import type { Applicant, Case, CaseMaterial, Channel, ProxyConsent } from '../../core/case/case.js';
import { chinaDateOf as chinaDate } from '../../core/calendar/china-date.js';
import { formatCaseNumber, queryCodeFrom, QUERY_CODE_LENGTH } from '../../core/case/case-identifiers.js';
import { applicantFromAnswers } from '../../core/case/applicant-from-answers.js';
import { GENESIS_HASH, type CaseEvent } from '../../core/case/case-event.js';
import { acceptStep, recordOriginalStep, submitStep, type AcceptInput } from '../../core/case/intake-steps.js';
import type { IntakeItem } from '../../core/case/intake-item.js';
import { ConflictError, ForbiddenError, RuleViolationError, ValidationError } from '../../core/errors.js';
import type { IntakeDeps } from './intake-deps.js';
import { checkFiles, markFilesAttached } from './attach-files.js';

export interface SubmitInput {
  itemCode: string;
  townshipId: string;
  /** Who the case is for; read from the form answers when not given. */
  applicant?: Applicant;
  variantAnswers: Record<string, string>;
  answers: Record<string, unknown>;
  overrides: { fieldId: string; reason: string }[];
  materials: { materialId: string; fileIds: string[] }[];
  /** Village proxy only: how the resident agreed. */
  proxyConsent?: ProxyConsent;
  /** Counter only: paper originals the clerk checked. */
  originalsChecked?: string[];
  /** Counter only: accept a complete walk-in application in the same step. */
  acceptNow?: AcceptInput;
  /** The language of the request; the applicant's messages use it. */
  lang?: 'zh-CN' | 'en';
  /** Whether to stop at an open application of the same applicant for the item (the web app always asks). */
  checkDuplicate?: boolean;
  /** Counter only: why the clerk goes on although the applicant has an open application for the item. */
  duplicateReason?: string;
}

const CHANNEL_OF: Record<string, Channel | undefined> = { resident: 'online', proxy: 'proxy', clerk: 'counter' };

/**
 * One entry for all three channels: a resident online, a village proxy for a resident, or a
 * clerk at the counter (who may accept a complete application in the same step).
 */
export async function submitApplication(deps: IntakeDeps, principal: Principal, input: SubmitInput) {
  const channel = CHANNEL_OF[principal.role];
  if (!channel) throw new ForbiddenError(`role ${principal.role} cannot submit applications`);
  if ((channel === 'proxy' || channel === 'counter') && principal.townshipId !== input.townshipId) {
    throw new ForbiddenError('proxies and clerks apply in their own township only');
  }
  const counterOnly: [keyof SubmitInput, boolean][] = [
    ['originalsChecked', (input.originalsChecked?.length ?? 0) > 0],
    ['acceptNow', input.acceptNow !== undefined],
  ];
  for (const [field, used] of counterOnly) {
    if (used && channel !== 'counter') throw new ValidationError([{ path: field, message: 'intake.counterOnly' }]);
  }
  if (channel === 'proxy' && !input.proxyConsent) {
    throw new ValidationError([{ path: 'proxyConsent', message: 'intake.proxy.consentRequired' }]);
  }

  const now = deps.now();
  const at = now.toISOString();
  const today = chinaDate(now);
  const township = await deps.catalogue.township(input.townshipId);
  if (!township) throw new ValidationError([{ path: 'townshipId', message: 'intake.township.unknown' }]);
  const item = await deps.catalogue.itemForNewCase(input.itemCode, input.townshipId, today, input.variantAnswers);
  if (!item) throw new RuleViolationError(`${input.itemCode} not offered in ${input.townshipId}`, 'ITEM_NOT_OFFERED');

  const answers = await deps.catalogue.validateAnswers(item.code, item.version, input.answers, input.overrides, channel);
  const applicant = input.applicant ?? applicantFromAnswers(item.formFields, answers);
  if (!applicant) throw new ValidationError([{ path: 'applicant', message: 'intake.applicant.missing' }]);
  const duplicate =
    input.checkDuplicate || input.duplicateReason ? await findDuplicate(deps, principal, item.code, applicant, channel, input.duplicateReason) : undefined;
  const caseId = deps.newId();
  const materials = await checkFiles(deps, principal, item, input.materials);
  checkMaterialsForChannel(item, materials, channel, input.originalsChecked ?? []);
  // Marked only once the application has passed every check: a refused one leaves its uploads free
  // for the next try, tied to no case. (Before the case is written: from here on the upload URLs are
  // refused, so the bytes the case names cannot change.)
  await markFilesAttached(deps, input.materials, caseId);

  const serial = await deps.cases.nextSerial(township.id, Number(today.slice(0, 4)));
  const draft: Case = {
    caseId,
    caseNumber: formatCaseNumber(township.code, Number(today.slice(0, 4)), serial),
    queryCode: queryCodeFrom(deps.randomBytes(QUERY_CODE_LENGTH)),
    countyId: township.countyId,
    townshipId: township.id,
    itemCode: item.code,
    itemVersion: item.version,
    handlingOfficeId: item.handlingOfficeId,
    decidingOfficeId: item.decidingOfficeId,
    route: item.route,
    itemName: item.name,
    townshipName: township.name,
    ...(item.handlingOfficeName ? { handlingOfficeName: item.handlingOfficeName } : {}),
    ...(item.decidingOfficeName ? { decidingOfficeName: item.decidingOfficeName } : {}),
    limits: limitsOf(item),
    channel,
    applicant,
    ...(channel === 'online' ? { applicantUserId: principal.userId } : {}),
    filedBy: { userId: principal.userId, role: principal.role, name: principal.name },
    ...(input.proxyConsent ? { proxyConsent: input.proxyConsent } : {}),
    variantAnswers: input.variantAnswers,
    answers,
    overrides: input.overrides,
    ...(duplicate && input.duplicateReason
      ? { duplicateOf: { caseId: duplicate.caseId, caseNumber: duplicate.caseNumber, reason: input.duplicateReason } }
      : {}),
    materials,
    state: 'submitted',
    version: 0,
    receivedAt: at,
    receivedOn: today,
    answerDueOn: today,
    ...(input.lang ? { lang: input.lang } : {}),
    lastEventSeq: 0,
    lastEventHash: GENESIS_HASH,
    createdAt: at,
    updatedAt: at,
  };
  const clock = await deps.clock();
  // The principal itself: transition() checks its role, party and tenant on every step.
  const actor = principal;
  const events: CaseEvent[] = [];
  let current = submitStep(draft, item, actor, at, clock);
  events.push(current.event);
  for (const materialId of input.originalsChecked ?? []) {
    current = recordOriginalStep(current.after, materialId, actor, at);
    events.push(current.event);
  }
  if (input.acceptNow) {
    current = acceptStep(current.after, item, input.acceptNow, actor, at, clock);
    events.push(current.event);
  }
  // The applicant's draft of this application goes in the same transaction: it cannot outlive the
  // submission, and deleting an absent one cannot fail it.
  const submittedDraft =
    channel === 'counter' ? [] : [{ kind: 'draft_submitted' as const, draft: { ownerId: principal.userId, itemCode: item.code, townshipId: township.id } }];
  await deps.cases.create(current.after, events, submittedDraft);
  return current.after;
}

/**
 * An open application of the same applicant (ID number or credit code) for the same item, by one
 * keyed read. Online and by proxy it stops the submission; at the counter the clerk may go on with
 * a recorded reason. Checked before any file is attached. The open case is named only to someone
 * who may read it: whoever types another person's ID number learns nothing of that person's cases
 * but that one is open (which is what stops the duplicate).
 */
async function findDuplicate(deps: IntakeDeps, principal: Principal, itemCode: string, applicant: Applicant, channel: Channel, reason: string | undefined) {
  const id = applicant.idNumber ?? applicant.creditCode;
  if (!id) return undefined;
  const open = await deps.cases.findOpenApplication(itemCode, id);
  if (!open) return undefined;
  if (channel === 'counter' && reason) return open;
  if (!canRead(principal, open).ok) throw new ConflictError(`open application for ${itemCode}, not the caller's to see`, 'DUPLICATE_APPLICATION_UNDISCLOSED');
  const duplicate = new ConflictError(`open application ${open.caseNumber} for ${itemCode}`, 'DUPLICATE_APPLICATION', {
    caseNumber: open.caseNumber,
    caseId: open.caseId,
  });
  // The clerk is told what to do at the counter, not pointed at a resident's "My cases".
  if (channel === 'counter') duplicate.messageKey = 'DUPLICATE_APPLICATION.counter';
  throw duplicate;
}

/**
 * Online and proxy applications must carry every mandatory material that cannot be deferred;
 * at the counter a checked paper original stands in for an upload.
 */
function checkMaterialsForChannel(item: IntakeItem, materials: CaseMaterial[], channel: Channel, originals: string[]) {
  const issues = item.materials
    .filter((m) => m.mandatory && !m.mayBeDeferred)
    .filter((m) => {
      const files = materials.find((x) => x.materialId === m.id)?.files.length ?? 0;
      return files === 0 && !(channel === 'counter' && originals.includes(m.id));
    })
    .map((m) => ({ path: `materials.${m.id}`, message: 'intake.material.required', params: { name: m.name['zh-CN'] } }));
  const unknown = originals.filter((id) => !item.materials.some((m) => m.id === id));
  for (const id of unknown) issues.push({ path: `originalsChecked.${id}`, message: 'intake.material.unknown', params: { name: id } });
  if (issues.length > 0) throw new ValidationError(issues);
}
