import type { Case } from '../core/case/case.js';

/**
 * What each list reads of a case. A list is one Query page of an index, and that index holds
 * exactly these fields of the case (adapters/dynamodb/table-definition.ts projects them), so a
 * case write costs index writes of the row's size, not the whole case's. The list views are typed
 * against their rows: reading a field a row does not have fails the type check, and adding it here
 * adds it to the index.
 */
const fields = <const K extends readonly (keyof Case)[]>(...keys: K) => keys;

/** A list entry (use-cases/intake/case-views.ts `caseListEntry`; applicant masked there): a resident's or a proxy's cases. */
export const CASE_LIST_FIELDS = fields(
  'caseId',
  'caseNumber',
  'itemCode',
  'itemVersion',
  'itemName',
  'townshipId',
  'channel',
  'state',
  'version',
  'applicant',
  'receivedAt',
  'answerDueOn',
  'preReviewDueOn',
  'acceptedOn',
  'dueDates',
);
export type CaseListRow = Pick<Case, (typeof CASE_LIST_FIELDS)[number]>;

/** What the clock needs to be read now (core/case/case-clock-view.ts): acceptance, pauses, the extension, the stop. */
const CLOCK_FIELDS = fields('limits', 'acceptedOn', 'suspensions', 'extension', 'clockStoppedOn');

/**
 * A township's cases in one state: the clerk's list (the entry), and the county's drill-down
 * (the entry, its office, and the clock read now, or the last card the sweep wrote).
 */
export const TOWNSHIP_LIST_FIELDS = fields(...CASE_LIST_FIELDS, ...CLOCK_FIELDS, 'countyId', 'handlingOfficeId', 'card');
export type TownshipListRow = Pick<Case, (typeof TOWNSHIP_LIST_FIELDS)[number]>;

/**
 * A back-office work queue's row (use-cases/cases/list-work-queue.ts): the entry, the clock and
 * card now, what the approver is asked for and who reviews (review, extension), the delivery
 * limit and the decision to hand out, the rectification asked for (ratings).
 */
export const WORK_QUEUE_FIELDS = fields(
  ...CASE_LIST_FIELDS,
  ...CLOCK_FIELDS,
  'handlingOfficeId',
  'decidingOfficeId',
  'review',
  'deliveryDueOn',
  'decision',
  'ratings',
);
export type WorkQueueRow = Pick<Case, (typeof WORK_QUEUE_FIELDS)[number]>;
