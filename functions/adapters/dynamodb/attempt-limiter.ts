import { createHash } from 'node:crypto';
import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ATTEMPT_WINDOW_SECONDS, decideAttempt, type AttemptDecision } from '../../core/throttle/attempt-policy.js';
import type { AttemptKey, AttemptLimiter } from '../../ports/attempt-limiter.js';
import { attemptKeys } from './key-scheme.js';

const isConditionFailure = (error: unknown) => error instanceof Error && error.name === 'ConditionalCheckFailedException';
const keyOf = (key: AttemptKey) => attemptKeys.attempts(key.scope, createHash('sha256').update(`${key.scope}\n${key.id}`).digest('hex').slice(0, 40));

/**
 * The limiter's counters in the single table. Each attempt is one conditional UpdateItem that
 * adds 1 and stamps the time, returning the previous values: concurrent attempts each see a
 * distinct count, so a burst cannot slip through between a read and a write.
 */
export function createDynamoAttemptLimiter(db: DynamoDBDocumentClient, tableName: string): AttemptLimiter {
  async function count(key: AttemptKey, now: Date): Promise<AttemptDecision> {
    const nowMs = now.getTime();
    const expiresAt = Math.floor(nowMs / 1000) + ATTEMPT_WINDOW_SECONDS;
    try {
      const { Attributes } = await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keyOf(key),
          UpdateExpression: 'SET attempts = if_not_exists(attempts, :zero) + :one, lastAt = :now, expiresAt = :exp, #t = :type',
          // A record past its window counts as none (TTL deletes it some time later).
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt >= :nowSec',
          ExpressionAttributeNames: { '#t': 'type' },
          ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':now': nowMs, ':exp': expiresAt, ':nowSec': Math.floor(nowMs / 1000), ':type': 'attempts' },
          ReturnValues: 'UPDATED_OLD',
        }),
      );
      const previous = (Attributes?.attempts as number | undefined) ?? 0;
      return decideAttempt(previous + 1, Attributes?.lastAt as number | undefined, nowMs, key);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      await db.send(new PutCommand({ TableName: tableName, Item: { ...keyOf(key), type: 'attempts', attempts: 1, lastAt: nowMs, expiresAt } }));
      return { allowed: true };
    }
  }

  return {
    async attempt(keys, now) {
      const decisions = await Promise.all(keys.map((key) => count(key, now)));
      const refused = decisions.filter((d): d is Extract<AttemptDecision, { allowed: false }> => !d.allowed);
      if (refused.length === 0) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(...refused.map((d) => d.retryAfterSeconds)) };
    },
    async succeeded(keys) {
      await Promise.all(
        keys.map(async (key) => {
          if (key.resetOnSuccess) {
            await db.send(new DeleteCommand({ TableName: tableName, Key: keyOf(key) }));
            return;
          }
          try {
            await db.send(
              new UpdateCommand({
                TableName: tableName,
                Key: keyOf(key),
                UpdateExpression: 'SET attempts = attempts - :one',
                ConditionExpression: 'attempts > :zero',
                ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
              }),
            );
          } catch (error) {
            if (!isConditionFailure(error)) throw error;
          }
        }),
      );
    },
  };
}
