import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type TransactWriteCommandInput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError, ValidationError } from '../../core/errors.js';
import { phoneCheckOf } from '../../core/case/case-identifiers.js';
import type { Case } from '../../core/case/case.js';
import type { CaseEvent } from '../../core/case/case-event.js';
import { isTerminal, isWatchedBySweep } from '../../core/case/case-states.js';
import { createHash } from 'node:crypto';
import { workQueueOf } from '../../core/case/work-queue.js';
import { indexedCheckOn } from '../../core/case/case-limits.js';
import type { CaseSideRecord, CaseStore } from '../../ports/case-store.js';
import type { CaseListRow, TownshipListRow, WorkQueueRow } from '../../ports/case-list-rows.js';
import { caseKeys, decisionKeys } from './key-scheme.js';
import { decisionTransactItems } from './decision-items.js';
import { supervisionTransactItem } from './supervision-store.js';
import { draftDeleteItem } from './draft-store.js';
import { messagesFor } from '../../core/notify/case-messages.js';
import { outboxPut } from './outbox-store.js';
import { batchWriteAll } from './batch-write.js';
import { batchGetAll } from './batch-get.js';
import { carriedIdempotencyPut, idempotencyGate } from './idempotency-store.js';

const KEY_ATTRS = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk', 'type'] as const;

function strip<T>(item: Record<string, unknown>, extra: string[] = []): T {
  const copy = { ...item };
  for (const k of [...KEY_ATTRS, ...extra]) delete copy[k];
  return copy as T;
}

/** A stored case item (read, or from the table stream) as the case it holds. */
export const caseOfItem = (item: Record<string, unknown>): Case => strip<Case>(item);

/**
 * The date the deadline sweep next looks at the case (its sparse index): the stored next check
 * while the clock or the counter is watched, or the first step limit not yet flagged (delivery,
 * a rectification or supervision reply…); none once nothing can change.
 */
function deadlineCheckOn(c: Case): string | undefined {
  return indexedCheckOn(c, isWatchedBySweep(c.state));
}

/** What a queue is ordered by: the delivery limit, the rectification reply, else the promised due date. */
function queueDueOn(c: Case, queue: string): string | undefined {
  if (queue === 'deliver') return c.deliveryDueOn;
  if (queue === 'rectify') return c.ratings?.find((r) => r.rectification && !r.rectification.reply)?.rectification?.dueOn;
  return c.dueDates?.promised;
}

function caseItem(c: Case): Record<string, unknown> {
  const check = deadlineCheckOn(c);
  const owner = c.applicantUserId ?? (c.filedBy.role === 'proxy' ? c.filedBy.userId : undefined);
  const queue = workQueueOf(c);
  return {
    ...caseKeys.case(c.caseId),
    type: 'case',
    gsi1pk: caseKeys.townshipQueue(c.townshipId, c.state),
    gsi1sk: `${c.receivedAt}#${c.caseId}`,
    ...(owner ? { gsi2pk: caseKeys.applicant(owner), gsi2sk: `${c.createdAt}#${c.caseId}` } : {}),
    ...(check ? { gsi3pk: caseKeys.deadline(c.countyId), gsi3sk: `${check}#${c.caseId}` } : {}),
    ...(queue ? { gsi4pk: caseKeys.workQueue(queue.queue, queue.ownerId), gsi4sk: caseKeys.workQueueSort(queueDueOn(c, queue.queue), c.caseId) } : {}),
    ...c,
  };
}

function eventPut(tableName: string, c: Case, event: CaseEvent) {
  return {
    Put: {
      TableName: tableName,
      // Top-level townshipId and countyId ride along for the stream consumer; the hashed copy is event.scope.
      Item: { ...caseKeys.event(event.caseId, event.seq), type: 'case-event', townshipId: c.townshipId, countyId: c.countyId, ...event },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed');
}

/** The request's idempotency record rides in the case write's transaction, last; the answer it keeps is the route's `{ case }`. */
function withIdempotency(tableName: string, c: Case, status: number, items: NonNullable<TransactWriteCommandInput['TransactItems']>) {
  const carried = carriedIdempotencyPut(tableName, { status, contentType: 'application/json', body: JSON.stringify({ case: c }) });
  return {
    items: carried ? [...items, carried.item] : items,
    written: () => carried?.written(),
    /** A twin request with the same key wrote first: the same answer as when it was still running. */
    twinFailed: (error: unknown) =>
      carried !== undefined && error instanceof TransactionCanceledException && error.CancellationReasons?.at(-1)?.Code === 'ConditionalCheckFailed',
  };
}

/** The query code's pointer, with the check of the phone's last 4 digits a lookup compares first. */
const queryCodeItem = (c: Case) => ({
  ...caseKeys.queryCode(c.queryCode),
  type: 'query-code',
  caseId: c.caseId,
  phoneCheck: phoneCheckOf(c.queryCode, c.applicant.phone.slice(-4)),
});

const twinConflict = () => new ConflictError('same request in progress', 'IDEMPOTENCY_IN_PROGRESS');

/** The transaction items of a side record (see CaseSideRecord). */
/** SHA-256 of an applicant's ID number or credit code, upper-cased: the key never holds it in clear. */
const idHash = (id: string) => createHash('sha256').update(id.trim().toUpperCase()).digest('hex');

/** The pointer the duplicate warning reads: the applicant's open case for the item (a new case replaces it only when none was open). */
function openApplicationPut(tableName: string, c: Case): NonNullable<TransactWriteCommandInput['TransactItems']> {
  const id = c.applicant.idNumber ?? c.applicant.creditCode;
  // Taken in despite an open one: the pointer keeps naming the earlier, still open case.
  if (!id || c.duplicateOf) return [];
  return [
    {
      Put: {
        TableName: tableName,
        Item: { ...caseKeys.openApplication(c.itemCode, idHash(id)), type: 'open-application', caseId: c.caseId, caseNumber: c.caseNumber },
      },
    },
  ];
}

function sideItems(tableName: string, side: CaseSideRecord): NonNullable<TransactWriteCommandInput['TransactItems']> {
  switch (side.kind) {
    case 'decision':
      return decisionTransactItems(tableName, side.record);
    case 'decision_revoked':
      return [
        {
          Update: {
            TableName: tableName,
            Key: decisionKeys.decision(side.verifyCode),
            UpdateExpression: 'SET revoked = :r',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revoked)',
            ExpressionAttributeValues: { ':r': side.revoked },
          },
        },
      ];
    case 'supervision_order':
      return [supervisionTransactItem(tableName, side.record)];
    case 'draft_submitted':
      return [draftDeleteItem(tableName, side.draft)];
  }
}

const encodeCursor = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** A cursor from a client: only the key attributes of a queue page, else a 400. */
function decodeCursor(cursor: string, partition: string): Record<string, unknown> {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const allowed = ['pk', 'sk', 'gsi4pk', 'gsi4sk'];
    if (
      typeof key !== 'object' ||
      key === null ||
      !Object.keys(key).every((k) => allowed.includes(k) && typeof key[k] === 'string') ||
      key.gsi4pk !== partition
    ) {
      throw new Error('not a cursor of this queue');
    }
    return key;
  } catch {
    throw new ValidationError([{ path: 'query.cursor', message: 'field.cursor.invalid' }]);
  }
}

/** Options of the case store: the site the applicant's messages link to. */
export interface CaseStoreOptions {
  /** Origin of the public site (the lookup link in every message); keep it short for one SMS. */
  siteUrl?: string;
}

export const DEFAULT_SITE_URL = 'http://localhost:3000';

export function createDynamoCaseStore(db: DynamoDBDocumentClient, tableName: string, options: CaseStoreOptions = {}): CaseStore {
  // Transactional outbox: the messages a change owes the applicant are written with the change.
  const outboxItems = (c: Case, events: CaseEvent[]) => messagesFor(c, events, options.siteUrl ?? DEFAULT_SITE_URL).map((m) => outboxPut(tableName, m));
  /** One Query page of a list index, its entries as the index holds them. */
  const queryIndex = async (params: { index: string; pkName: string; pk: string; skTo?: string; limit: number; forward?: boolean }) => {
    const { Items = [] } = await db.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: params.index,
        KeyConditionExpression: params.skTo ? '#pk = :pk AND #sk <= :to' : '#pk = :pk',
        ExpressionAttributeNames: { '#pk': params.pkName, ...(params.skTo ? { '#sk': params.pkName.replace('pk', 'sk') } : {}) },
        ExpressionAttributeValues: { ':pk': params.pk, ...(params.skTo ? { ':to': params.skTo } : {}) },
        ScanIndexForward: params.forward ?? false,
        Limit: params.limit,
      }),
    );
    return Items;
  };

  return {
    async nextSerial(townshipId, year) {
      // A retried submission stops here, before it draws a second number (its key was read meanwhile).
      await idempotencyGate();
      const { Attributes } = await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: caseKeys.serial(townshipId, year),
          UpdateExpression: 'ADD #n :one SET #type = :type',
          ExpressionAttributeNames: { '#n': 'serial', '#type': 'type' },
          ExpressionAttributeValues: { ':one': 1, ':type': 'serial' },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(Attributes?.serial);
    },

    async create(c, events, side = []) {
      const tx = withIdempotency(tableName, c, 201, [
        { Put: { TableName: tableName, Item: caseItem(c), ConditionExpression: 'attribute_not_exists(pk)' } },
        { Put: { TableName: tableName, Item: queryCodeItem(c), ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Put: {
            TableName: tableName,
            Item: { ...caseKeys.caseNumber(c.caseNumber), type: 'case-number', caseId: c.caseId },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...openApplicationPut(tableName, c),
        ...events.map((e) => eventPut(tableName, c, e)),
        ...side.flatMap((record) => sideItems(tableName, record)),
        ...outboxItems(c, events),
      ]);
      try {
        await db.send(new TransactWriteCommand({ TransactItems: tx.items }));
        tx.written();
      } catch (error) {
        if (tx.twinFailed(error)) throw twinConflict();
        if (isConditionFailure(error)) throw new ConflictError('case, number or query code exists', 'CASE_EXISTS');
        throw error;
      }
    },

    async update(c, expectedVersion, events, side = []) {
      const tx = withIdempotency(tableName, c, 200, [
        {
          Put: {
            TableName: tableName,
            Item: caseItem(c),
            ConditionExpression: '#v = :expected',
            ExpressionAttributeNames: { '#v': 'version' },
            ExpressionAttributeValues: { ':expected': expectedVersion },
          },
        },
        ...events.map((e) => eventPut(tableName, c, e)),
        ...side.flatMap((record) => sideItems(tableName, record)),
        ...outboxItems(c, events),
      ]);
      try {
        await db.send(new TransactWriteCommand({ TransactItems: tx.items }));
        tx.written();
      } catch (error) {
        if (tx.twinFailed(error)) throw twinConflict();
        if (isConditionFailure(error)) {
          throw new ConflictError(`case ${c.caseId} changed since version ${expectedVersion}`, 'VERSION_CONFLICT');
        }
        throw error;
      }
    },

    async scheduleCheck(c, onDate) {
      const { nextCheckOn: _old, ...rest } = c;
      const scheduled: Case = { ...rest, ...(onDate ? { nextCheckOn: onDate } : {}) } as Case;
      const indexed = deadlineCheckOn(scheduled);
      const sets = [...(onDate ? ['nextCheckOn = :on'] : []), ...(indexed ? ['gsi3pk = :pk', 'gsi3sk = :sk'] : [])];
      const removes = [...(onDate ? [] : ['nextCheckOn']), ...(indexed ? [] : ['gsi3pk', 'gsi3sk'])];
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: caseKeys.case(c.caseId),
            UpdateExpression: [sets.length ? `SET ${sets.join(', ')}` : '', removes.length ? `REMOVE ${removes.join(', ')}` : ''].filter(Boolean).join(' '),
            ConditionExpression: '#v = :v',
            ExpressionAttributeNames: { '#v': 'version' },
            ExpressionAttributeValues: {
              ':v': c.version,
              ...(onDate ? { ':on': onDate } : {}),
              ...(indexed ? { ':pk': caseKeys.deadline(c.countyId), ':sk': `${indexed}#${c.caseId}` } : {}),
            },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },

    async importMany(entries, options = {}) {
      const lookups = options.lookups ?? true;
      const puts = entries.flatMap(({ case: c, events }) => [
        { PutRequest: { Item: caseItem(c) } },
        ...(lookups
          ? [
              { PutRequest: { Item: queryCodeItem(c) } },
              { PutRequest: { Item: { ...caseKeys.caseNumber(c.caseNumber), type: 'case-number', caseId: c.caseId } } },
            ]
          : []),
        ...events.map((e) => ({ PutRequest: { Item: eventPut(tableName, c, e).Put.Item } })),
      ]);
      await batchWriteAll(db, tableName, puts);
    },

    async findOpenApplication(itemCode, applicantId) {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: caseKeys.openApplication(itemCode, idHash(applicantId)), ConsistentRead: true }),
      );
      if (typeof Item?.caseId !== 'string') return undefined;
      const { Item: found } = await db.send(new GetCommand({ TableName: tableName, Key: caseKeys.case(Item.caseId), ConsistentRead: true }));
      const c = found ? strip<Case>(found) : undefined;
      return c && !isTerminal(c.state) ? c : undefined;
    },

    async get(caseId) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: caseKeys.case(caseId), ConsistentRead: true }));
      return Item ? strip<Case>(Item) : undefined;
    },

    async events(caseId) {
      const events: CaseEvent[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': caseKeys.case(caseId).pk, ':prefix': caseKeys.eventPrefix },
            ConsistentRead: true,
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        for (const item of page.Items ?? []) events.push(strip<CaseEvent>(item, ['townshipId', 'countyId']));
        start = page.LastEvaluatedKey;
      } while (start);
      return events;
    },

    async getWithEvents(caseId) {
      const events: CaseEvent[] = [];
      let found: Case | undefined;
      let start: Record<string, unknown> | undefined;
      do {
        // The snapshot (sk CASE) sorts before its events (sk EVENT#…): one Query reads both.
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
            ExpressionAttributeValues: { ':pk': caseKeys.case(caseId).pk, ':from': caseKeys.case(caseId).sk, ':to': `${caseKeys.eventPrefix}\uffff` },
            ConsistentRead: true,
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        for (const item of page.Items ?? []) {
          if (item.sk === caseKeys.case(caseId).sk) found = strip<Case>(item);
          else if (String(item.sk).startsWith(caseKeys.eventPrefix)) events.push(strip<CaseEvent>(item, ['townshipId', 'countyId']));
        }
        start = page.LastEvaluatedKey;
      } while (start);
      return found ? { case: found, events } : undefined;
    },

    async findByQueryCodeWithEvents(queryCode) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: caseKeys.queryCode(queryCode) }));
      return Item ? this.getWithEvents(String(Item.caseId)) : undefined;
    },

    async findQueryCode(queryCode) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: caseKeys.queryCode(queryCode) }));
      if (typeof Item?.caseId !== 'string') return undefined;
      return { caseId: Item.caseId, ...(typeof Item.phoneCheck === 'string' ? { phoneCheck: Item.phoneCheck } : {}) };
    },

    async findByQueryCode(queryCode) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: caseKeys.queryCode(queryCode) }));
      return Item ? this.get(String(Item.caseId)) : undefined;
    },

    async listByTownship(townshipId, states, limit) {
      const lists = await Promise.all(
        states.map((state) => queryIndex({ index: 'gsi1', pkName: 'gsi1pk', pk: caseKeys.townshipQueue(townshipId, state), limit })),
      );
      return lists
        .flat()
        .map((i) => strip<TownshipListRow>(i))
        .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : -1))
        .slice(0, limit);
    },

    async listByApplicant(userId, limit) {
      return (await queryIndex({ index: 'gsi2', pkName: 'gsi2pk', pk: caseKeys.applicant(userId), limit })).map((i) => strip<CaseListRow>(i));
    },

    async listWorkQueue(queue, ownerId, options) {
      const { Items = [], LastEvaluatedKey } = await db.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'gsi4',
          KeyConditionExpression: 'gsi4pk = :pk',
          ...(options.itemCode
            ? { FilterExpression: 'itemCode = :item', ExpressionAttributeValues: { ':pk': caseKeys.workQueue(queue, ownerId), ':item': options.itemCode } }
            : { ExpressionAttributeValues: { ':pk': caseKeys.workQueue(queue, ownerId) } }),
          ScanIndexForward: true,
          Limit: options.limit,
          ...(options.cursor ? { ExclusiveStartKey: decodeCursor(options.cursor, caseKeys.workQueue(queue, ownerId)) } : {}),
        }),
      );
      return { items: Items.map((i) => strip<WorkQueueRow>(i)), ...(LastEvaluatedKey ? { next: encodeCursor(LastEvaluatedKey) } : {}) };
    },

    async listDueForCheck(countyId, onOrBefore, limit) {
      // The deadline index holds keys only: its order, then the cases themselves (100 per BatchGetItem).
      const due = await queryIndex({ index: 'gsi3', pkName: 'gsi3pk', pk: caseKeys.deadline(countyId), skTo: `${onOrBefore}#~`, limit, forward: true });
      const items = await batchGetAll(
        db,
        tableName,
        due.map((k) => ({ pk: String(k.pk), sk: String(k.sk) })),
        { consistent: true },
      );
      return items.map((i) => strip<Case>(i));
    },
  };
}
