import type { Case } from '../../core/case/case.js';
import type { CaseEvent } from '../../core/case/case-event.js';
import type { CaseListRow } from '../../ports/case-list-rows.js';
import { maskCreditCode, maskIdNumber, maskName, maskPhone } from '../../core/privacy/mask.js';

/** The applicant with ID, phone, credit code and name masked, for lists and the county's view. */
export function maskedApplicant(a: Case['applicant']): Case['applicant'] {
  return {
    kind: a.kind,
    name: maskName(a.name),
    phone: maskPhone(a.phone),
    ...(a.idNumber ? { idNumber: maskIdNumber(a.idNumber) } : {}),
    ...(a.creditCode ? { creditCode: maskCreditCode(a.creditCode) } : {}),
  };
}

/** A case as lists show it: personal data masked (PIPL), nothing that is not needed to pick it. */
export function caseListEntry(c: CaseListRow, itemName?: { 'zh-CN': string; en: string }) {
  return {
    caseId: c.caseId,
    caseNumber: c.caseNumber,
    itemCode: c.itemCode,
    itemVersion: c.itemVersion,
    ...(itemName ? { itemName } : {}),
    townshipId: c.townshipId,
    channel: c.channel,
    state: c.state,
    version: c.version,
    applicant: maskedApplicant(c.applicant),
    receivedAt: c.receivedAt,
    answerDueOn: c.answerDueOn,
    // The queue highlights online applications whose pre-review limit has passed.
    ...(c.preReviewDueOn ? { preReviewDueOn: c.preReviewDueOn } : {}),
    ...(c.acceptedOn ? { acceptedOn: c.acceptedOn } : {}),
    ...(c.dueDates ? { dueDates: c.dueDates } : {}),
  };
}

/** One step as the applicant sees it in the progress view. */
export function publicStep(e: CaseEvent) {
  return { seq: e.seq, action: e.action, at: e.at, toState: e.toState };
}

/** What anyone with the query code and the phone's last 4 digits may see: no personal data but a masked name. */
export function progressView(c: Case, events: CaseEvent[], itemName?: { 'zh-CN': string; en: string }) {
  return {
    caseNumber: c.caseNumber,
    itemCode: c.itemCode,
    ...(itemName ? { itemName } : {}),
    townshipId: c.townshipId,
    applicantName: maskName(c.applicant.name),
    state: c.state,
    receivedOn: c.receivedOn,
    ...(c.acceptedOn ? { acceptedOn: c.acceptedOn } : {}),
    ...(c.dueDates ? { dueDates: c.dueDates } : {}),
    ...(c.state === 'correction_required' && c.correction ? { correction: { items: c.correction.items, issuedAt: c.correction.issuedAt } } : {}),
    steps: events.filter((e) => e.public).map(publicStep),
  };
}
