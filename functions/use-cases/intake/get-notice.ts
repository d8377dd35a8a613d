import type { Principal } from '../../core/auth/principal.js';
import type { CorrectionItem, DueDates, SuspensionProcedure } from '../../core/case/case.js';
import { NotFoundError, RuleViolationError } from '../../core/errors.js';
import type { IntakeDeps } from './intake-deps.js';
import { loadReadableCase } from './load-case.js';

export const NOTICE_KINDS = ['acceptance', 'correction', 'not-accepted', 'suspension', 'extension'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

const EVENT_OF: Record<NoticeKind, string[]> = {
  acceptance: ['accept', 'deem_accepted'],
  correction: ['require_correction'],
  'not-accepted': ['not_accept'],
  suspension: ['suspend'],
  extension: ['approve_extension'],
};

/** What the issuing events keep in their `data` (see the steps in core/case/*-steps.ts). */
interface IssuedData {
  acceptedOn?: string;
  dueDates?: DueDates;
  deemedAcceptedOnReceipt?: boolean;
  items?: CorrectionItem[];
  round?: number;
  reasons?: string[];
  legalBasis?: string[];
  remedies?: string;
  procedure?: SuspensionProcedure;
  start?: string;
  expectedEnd?: string;
  workingDays?: number;
  from?: DueDates;
  to?: DueDates;
}

const NUMBER_SUFFIX: Record<NoticeKind, (data: IssuedData, c: { suspensions?: unknown[] }) => string> = {
  acceptance: () => 'SL',
  correction: (data) => `BZ${String(data.round ?? 1)}`,
  'not-accepted': () => 'BY',
  suspension: (_d, c) => `GQ${c.suspensions?.length ?? 1}`,
  extension: () => 'YQ',
};

/**
 * The content of a written notice (受理通知书 / 一次性告知书 / 不予受理通知书), taken from the
 * event that issued it, so a reprint always shows what was issued then.
 */
export async function getNotice(deps: IntakeDeps, principal: Principal, caseId: string, kind: NoticeKind) {
  const c = await loadReadableCase(deps.cases, principal, caseId);
  const events = await deps.cases.events(caseId);
  const issued = [...events].reverse().find((e) => EVENT_OF[kind].includes(e.action));
  if (!issued) throw new RuleViolationError(`no ${kind} notice on case ${caseId}`, 'NOTICE_NOT_ISSUED', { kind });
  const township = await deps.catalogue.township(c.townshipId);
  if (!township) throw new NotFoundError(`township ${c.townshipId}`);
  const item = await deps.catalogue.itemForCase(c.itemCode, c.itemVersion, c.townshipId, c.variantAnswers);
  const data = (issued.data ?? {}) as IssuedData;
  return {
    kind,
    noticeNumber: `${c.caseNumber}-${NUMBER_SUFFIX[kind](data, c)}`,
    township: township.name,
    caseNumber: c.caseNumber,
    queryCode: c.queryCode,
    item: { code: item.code, name: item.name, promisedLimitDays: item.promisedLimitDays, legalLimitDays: item.legalLimitDays },
    applicantName: c.applicant.name,
    receivedOn: c.receivedOn,
    issuedAt: issued.at,
    issuedBy: issued.actor.name,
    ...(kind === 'acceptance'
      ? {
          ...(data.acceptedOn ? { acceptedOn: data.acceptedOn } : {}),
          dueDates: data.dueDates,
          deemedAcceptedOnReceipt: Boolean(data.deemedAcceptedOnReceipt),
          deferred: c.materials
            .filter((m) => m.deferred)
            .map((m) => ({
              materialId: m.materialId,
              name: item.materials.find((x) => x.id === m.materialId)?.name,
              dueOn: m.deferred!.dueOn,
            })),
        }
      : {}),
    ...(kind === 'correction'
      ? {
          items: (data.items ?? []).map((entry) => ({
            ...entry,
            ...(entry.materialId ? { materialName: item.materials.find((m) => m.id === entry.materialId)?.name } : {}),
          })),
          round: data.round,
        }
      : {}),
    ...(kind === 'not-accepted' ? { reasons: data.reasons, legalBasis: data.legalBasis, remedies: data.remedies } : {}),
    // §45: the applicant is told in writing of a suspension, its procedure and how long it should take.
    ...(kind === 'suspension'
      ? { procedure: data.procedure, reason: issued.reason, start: data.start, expectedEnd: data.expectedEnd, acceptedOn: c.acceptedOn }
      : {}),
    // §42: and of an extension, with its reason and the new due dates.
    ...(kind === 'extension' ? { workingDays: data.workingDays, reason: issued.reason, dueDates: data.to, previousDueDates: data.from } : {}),
  };
}
