/**
 * The one definition of the single DynamoDB table and its indexes.
 * The CDK stack (infra/) and the local set-up (create-table.ts) both read it,
 * so the two can never drift apart.
 */
export const TABLE_KEY = { partition: 'pk', sort: 'sk' } as const;

/** Global secondary indexes; every one projects ALL attributes. */
export const TABLE_INDEXES = [
  // GSI1: "lists by owner": a township's case queue, a resident's cases, items per township.
  { name: 'gsi1', partition: 'gsi1pk', sort: 'gsi1sk' },
  // GSI2: "lookups by a second identity": query code → case, username → account.
  { name: 'gsi2', partition: 'gsi2pk', sort: 'gsi2sk' },
  // GSI3: "open cases by due date": the deadline sweep and the county board read it.
  { name: 'gsi3', partition: 'gsi3pk', sort: 'gsi3sk' },
  // GSI4: "back-office work queues": an office's or a township approver's cases by due date.
  { name: 'gsi4', partition: 'gsi4pk', sort: 'gsi4sk' },
] as const;

/** Attribute that DynamoDB's TTL deletes on (epoch seconds): idempotency records, attempt counters, application drafts. */
export const TTL_ATTRIBUTE = 'expiresAt';

export type IndexName = (typeof TABLE_INDEXES)[number]['name'];

/** All key attributes are strings. */
export const KEY_ATTRIBUTES: string[] = [TABLE_KEY.partition, TABLE_KEY.sort, ...TABLE_INDEXES.flatMap((i) => [i.partition, i.sort])];
