import { AsyncLocalStorage } from 'node:async_hooks';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../core/errors.js';
import type { IdempotencyBegin, IdempotencyClaim, IdempotencyStore, StoredResponse } from '../../ports/idempotency-store.js';
import { idempotencyKeys } from './key-scheme.js';

/** Records are kept for 48 hours (the promise is at least 24). */
const KEEP_SECONDS = 48 * 60 * 60;
/** A claim whose request never finished (a crashed function) may be retaken after this. */
const LOCK_SECONDS = 60;

/** The key is free: never used, expired, or claimed by a request that died (the old two-step path). */
const FREE_CONDITION = 'attribute_not_exists(pk) OR expiresAt < :now OR (#s = :progress AND lockedUntil < :now)';

/** A record waiting for the case write of this request to carry it (see `carry`). */
interface PendingRecord {
  tableName: string;
  claim: IdempotencyClaim;
  stored?: StoredResponse;
  /** The key's earlier use, read while the request runs (see `carry`). */
  gate?: Promise<IdempotencyBegin>;
}
const pending = new AsyncLocalStorage<PendingRecord>();

const doneItem = (claim: IdempotencyClaim, response: StoredResponse) => {
  const nowSec = Math.floor(claim.now.getTime() / 1000);
  return {
    ...idempotencyKeys.record(claim.callerId, claim.key),
    type: 'idempotency',
    requestHash: claim.requestHash,
    status: 'done',
    response,
    expiresAt: nowSec + KEEP_SECONDS,
  };
};

/**
 * For a case write's transaction: the Put of this request's idempotency record, done, answering
 * with `response`, when the request carries one not yet written (else undefined). Call
 * `written()` once the transaction went through.
 */
export function carriedIdempotencyPut(tableName: string, response: StoredResponse) {
  const record = pending.getStore();
  if (!record || record.stored || record.tableName !== tableName) return undefined;
  const nowSec = Math.floor(record.claim.now.getTime() / 1000);
  return {
    item: {
      Put: {
        TableName: tableName,
        Item: doneItem(record.claim, response),
        ConditionExpression: FREE_CONDITION,
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':now': nowSec, ':progress': 'in_progress' },
      },
    },
    written: () => {
      record.stored = response;
    },
  };
}

/**
 * Before drawing what must not be drawn twice for one request (a case number): waits for the key's
 * earlier use, read meanwhile, and stops the request if the key was used (409; the idempotency
 * middleware then answers from the key). Nothing to wait for outside a carried request.
 */
export async function idempotencyGate(): Promise<void> {
  const seen = await pending.getStore()?.gate;
  if (seen && seen.state !== 'new') throw new ConflictError('same request made before under this key', 'IDEMPOTENCY_IN_PROGRESS');
}

export function createDynamoIdempotencyStore(db: DynamoDBDocumentClient, tableName: string): IdempotencyStore {
  const read = async (callerId: string, key: string) =>
    (await db.send(new GetCommand({ TableName: tableName, Key: idempotencyKeys.record(callerId, key), ConsistentRead: true }))).Item;

  return {
    async begin(callerId, key, requestHash, now) {
      const nowSec = Math.floor(now.getTime() / 1000);
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...idempotencyKeys.record(callerId, key),
              type: 'idempotency',
              requestHash,
              status: 'in_progress',
              lockedUntil: nowSec + LOCK_SECONDS,
              expiresAt: nowSec + KEEP_SECONDS,
            },
            ConditionExpression: FREE_CONDITION,
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':now': nowSec, ':progress': 'in_progress' },
          }),
        );
        return { state: 'new' };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
      const Item = await read(callerId, key);
      if (!Item) return this.begin(callerId, key, requestHash, now);
      if (Item.requestHash !== requestHash) return { state: 'mismatch' };
      if (Item.status !== 'done') return { state: 'in_progress' };
      return { state: 'replay', response: Item.response };
    },

    async complete(callerId, key, response) {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: idempotencyKeys.record(callerId, key),
          UpdateExpression: 'SET #s = :done, #r = :response REMOVE lockedUntil',
          ExpressionAttributeNames: { '#s': 'status', '#r': 'response' },
          ExpressionAttributeValues: { ':done': 'done', ':response': response },
        }),
      );
    },

    async release(callerId, key) {
      await db.send(new DeleteCommand({ TableName: tableName, Key: idempotencyKeys.record(callerId, key) }));
    },

    async peek(claim): Promise<IdempotencyBegin> {
      const Item = await read(claim.callerId, claim.key);
      const nowSec = Math.floor(claim.now.getTime() / 1000);
      if (!Item || Number(Item.expiresAt) < nowSec) return { state: 'new' };
      if (Item.status !== 'done' && Number(Item.lockedUntil) < nowSec) return { state: 'new' };
      if (Item.requestHash !== claim.requestHash) return { state: 'mismatch' };
      if (Item.status !== 'done') return { state: 'in_progress' };
      return { state: 'replay', response: Item.response as StoredResponse };
    },

    async carry(claim, work, options = {}) {
      const record: PendingRecord = { tableName, claim, ...(options.gate ? { gate: options.gate } : {}) };
      try {
        await pending.run(record, work);
      } catch (error) {
        if (record.stored) await this.release(claim.callerId, claim.key);
        throw error;
      }
      return record.stored;
    },

    async keep(claim, response, options = {}) {
      const nowSec = Math.floor(claim.now.getTime() / 1000);
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: doneItem(claim, response),
            ...(options.replace
              ? {}
              : {
                  ConditionExpression: FREE_CONDITION,
                  ExpressionAttributeNames: { '#s': 'status' },
                  ExpressionAttributeValues: { ':now': nowSec, ':progress': 'in_progress' },
                }),
          }),
        );
      } catch (error) {
        // A twin of this request finished first: its answer stands.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },
  };
}
