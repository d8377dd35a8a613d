import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { IdempotencyStore } from '../../ports/idempotency-store.js';
import { idempotencyKeys } from './key-scheme.js';

/** Records are kept for 48 hours (the promise is at least 24). */
const KEEP_SECONDS = 48 * 60 * 60;
/** A claim whose request never finished (a crashed function) may be retaken after this. */
const LOCK_SECONDS = 60;

export function createDynamoIdempotencyStore(db: DynamoDBDocumentClient, tableName: string): IdempotencyStore {
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
            ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now OR (#s = :progress AND lockedUntil < :now)',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':now': nowSec, ':progress': 'in_progress' },
          }),
        );
        return { state: 'new' };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: idempotencyKeys.record(callerId, key), ConsistentRead: true }));
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
  };
}
