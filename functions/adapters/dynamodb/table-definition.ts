/**
 * The one definition of the single DynamoDB table and its indexes.
 * The CDK stack (infra/) and the local set-up (create-table.ts) both read it,
 * so the two can never drift apart.
 */
import type { ItemHead } from '../../core/catalogue/item-summary.js';
import type { OfferingRecord } from '../../core/catalogue/offering.js';
import type { Office, Township } from '../../core/catalogue/office.js';
import { TOWNSHIP_LIST_FIELDS, WORK_QUEUE_FIELDS, CASE_LIST_FIELDS } from '../../ports/case-list-rows.js';
import type { County } from '../../ports/catalogue-store.js';

export const TABLE_KEY = { partition: 'pk', sort: 'sk' } as const;

type Missing<T, K extends readonly PropertyKey[]> = Exclude<keyof T, K[number]>;

/**
 * Every field of a record type, checked complete by the compiler: a field added to the type but
 * not here fails `tsc`, so a list read from an index can never silently lose it.
 */
const everyFieldOf =
  <T>() =>
  <const K extends readonly (keyof T)[]>(...keys: K & ([Missing<T, K>] extends [never] ? unknown : { missing: Missing<T, K> })) =>
    keys as K;

/** Reference lists of gsi1 (counties, townships, offices, item heads, offerings of a township) show whole records. */
const REFERENCE_FIELDS = [
  ...everyFieldOf<County>()('id', 'name', 'rectificationReplyDays'),
  ...everyFieldOf<Township>()('id', 'countyId', 'code', 'name'),
  ...everyFieldOf<Office>()('id', 'countyId', 'townshipId', 'kind', 'section', 'name'),
  ...everyFieldOf<ItemHead>()('code', 'countyId', 'latestVersion', 'versions'),
  ...everyFieldOf<OfferingRecord>()('countyId', 'townshipId', 'itemCode', 'seq', 'action', 'effectiveFrom', 'reason', 'recordedAt', 'recordedBy'),
];

/**
 * Supervision orders are listed from gsi1 (a county's), gsi2 (an office's) and gsi4 (a case's):
 * their 23 fields in three indexes would pass DynamoDB's limit of 100 projected attributes per
 * table, so those lists take the orders' keys from the index and the orders by one BatchGetItem
 * (supervision-store.ts). Orders are few and rarely written; only the status filter is projected.
 */
const SUPERVISION_FILTER_FIELDS = ['status'];

export type IndexProjection = { type: 'KEYS_ONLY' } | { type: 'INCLUDE'; attributes: readonly string[] };

const include = (...lists: readonly (readonly string[])[]): IndexProjection => ({
  type: 'INCLUDE',
  attributes: [...new Set(lists.flat())].sort(),
});

/**
 * Global secondary indexes. Each projects only what the lists read from it show (the case rows of
 * ports/case-list-rows.ts, whole reference records), never a case's answers or materials, so a
 * case write costs index writes the size of a list row. Keys are always projected.
 */
export const TABLE_INDEXES = [
  // GSI1: "lists by owner": a township's cases by state (clerk's list, county drill-down), the
  // county's reference data, items and offerings, a county's supervision orders.
  {
    name: 'gsi1',
    partition: 'gsi1pk',
    sort: 'gsi1sk',
    projection: include(TOWNSHIP_LIST_FIELDS, REFERENCE_FIELDS, SUPERVISION_FILTER_FIELDS),
  },
  // GSI2: a resident's or proxy's own cases; an office's supervision orders.
  { name: 'gsi2', partition: 'gsi2pk', sort: 'gsi2sk', projection: include(CASE_LIST_FIELDS, SUPERVISION_FILTER_FIELDS) },
  // GSI3: "due for a look": the deadline sweep's open cases by next check, the outbox's pending
  // messages. Both read the items themselves after (BatchGetItem): the index holds keys only.
  { name: 'gsi3', partition: 'gsi3pk', sort: 'gsi3sk', projection: { type: 'KEYS_ONLY' } as IndexProjection },
  // GSI4: back-office work queues by due date; a case's supervision orders.
  { name: 'gsi4', partition: 'gsi4pk', sort: 'gsi4sk', projection: include(WORK_QUEUE_FIELDS) },
] as const;

/** DynamoDB allows at most 100 projected non-key attributes over all of a table's secondary indexes. */
export const MAX_PROJECTED_ATTRIBUTES = 100;

/** Attribute that DynamoDB's TTL deletes on (epoch seconds): idempotency records, attempt counters, application drafts. */
export const TTL_ATTRIBUTE = 'expiresAt';

export type IndexName = (typeof TABLE_INDEXES)[number]['name'];

/** All key attributes are strings. */
export const KEY_ATTRIBUTES: string[] = [TABLE_KEY.partition, TABLE_KEY.sort, ...TABLE_INDEXES.flatMap((i) => [i.partition, i.sort])];
