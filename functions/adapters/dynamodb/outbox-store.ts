import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../core/errors.js';
import type { OutboxMessage } from '../../core/notify/case-messages.js';
import { maskPhone } from '../../core/privacy/mask.js';
import type { Outbox, OutboxEntry } from '../../ports/outbox.js';
import { outboxKeys } from './key-scheme.js';
import { batchGetAll } from './batch-get.js';

/** The item type of an outbox message (also the stream event source's filter). */
export const OUTBOX_MESSAGE_TYPE = 'outbox-message';

/** How long a claim keeps other senders off a message; past it a crashed sender's message is sent again. */
const CLAIM_SECONDS = 120;

const MESSAGE_FIELDS = ['messageId', 'caseId', 'caseNumber', 'countyId', 'townshipId', 'seq', 'action', 'lang', 'channel', 'to', 'text', 'createdAt'] as const;

/** The transaction item the case store adds for one message: put once, pending until sent. */
export function outboxPut(tableName: string, message: OutboxMessage) {
  return {
    Put: {
      TableName: tableName,
      Item: { ...outboxKeys.message(message), ...outboxKeys.pending(message), type: OUTBOX_MESSAGE_TYPE, version: 1, ...message },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** The message fields of an item (stream image or Query result). */
export function messageOfItem(item: Record<string, unknown>): OutboxMessage {
  const message: Record<string, unknown> = {};
  for (const field of MESSAGE_FIELDS) message[field] = item[field];
  return message as unknown as OutboxMessage;
}

function entryOf(item: Record<string, unknown>): OutboxEntry {
  const { to, ...rest } = messageOfItem(item);
  return {
    ...rest,
    toMasked: maskPhone(String(to)),
    status: item.sentAt ? 'sent' : 'pending',
    ...(typeof item.sentAt === 'string' ? { sentAt: item.sentAt } : {}),
    ...(typeof item.provider === 'string' ? { provider: item.provider } : {}),
  };
}

const encodeCursor = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');

function decodeCursor(cursor: string, pk: string): Record<string, unknown> {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof key !== 'object' || key === null || Object.keys(key).sort().join() !== 'pk,sk' || key.pk !== pk || typeof key.sk !== 'string') {
      throw new Error('not a cursor of this outbox');
    }
    return key;
  } catch {
    throw new ValidationError([{ path: 'query.cursor', message: 'field.cursor.invalid' }]);
  }
}

/** The outbox over the single table (see outboxKeys for the access patterns). */
export function createDynamoOutbox(db: DynamoDBDocumentClient, tableName: string): Outbox {
  return {
    async claim(message, now) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: outboxKeys.message(message),
            UpdateExpression: 'SET claimedUntil = :until',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(sentAt) AND (attribute_not_exists(claimedUntil) OR claimedUntil < :now)',
            ExpressionAttributeValues: { ':until': now.getTime() + CLAIM_SECONDS * 1000, ':now': now.getTime() },
          }),
        );
        return 'claimed';
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: outboxKeys.message(message), ConsistentRead: true }));
        if (!Item) throw new Error(`outbox message ${message.messageId} does not exist`, { cause: error });
        return Item.sentAt ? 'already-sent' : 'busy';
      }
    },

    async markSent(message, at, receipt) {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: outboxKeys.message(message),
          UpdateExpression: 'SET sentAt = :at, provider = :provider, providerMessageId = :pid REMOVE claimedUntil, gsi3pk, gsi3sk',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(sentAt)',
          ExpressionAttributeValues: { ':at': at.toISOString(), ':provider': receipt.provider, ':pid': receipt.providerMessageId ?? null },
        }),
      );
    },

    async release(message) {
      await db
        .send(
          new UpdateCommand({
            TableName: tableName,
            Key: outboxKeys.message(message),
            UpdateExpression: 'REMOVE claimedUntil',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(sentAt)',
          }),
        )
        .catch((error: unknown) => {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        });
    },

    async pending(limit) {
      // The pending index holds keys only (table-definition.ts): the messages are read by key.
      const { Items = [] } = await db.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'gsi3',
          KeyConditionExpression: 'gsi3pk = :pk',
          ExpressionAttributeValues: { ':pk': outboxKeys.pending().gsi3pk },
          ScanIndexForward: true,
          Limit: limit,
        }),
      );
      const messages = await batchGetAll(
        db,
        tableName,
        Items.map((k) => ({ pk: String(k.pk), sk: String(k.sk) })),
      );
      // A message sent meanwhile has left the index; it is not pending any more.
      return messages.filter((m) => !m.sentAt).map(messageOfItem);
    },

    async list(countyId, options) {
      const pk = outboxKeys.county(countyId);
      const { Items = [], LastEvaluatedKey } = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :msg)',
          ExpressionAttributeValues: { ':pk': pk, ':msg': 'MSG#' },
          ScanIndexForward: false,
          Limit: options.limit,
          ...(options.cursor ? { ExclusiveStartKey: decodeCursor(options.cursor, pk) } : {}),
        }),
      );
      return { items: Items.map(entryOf), ...(LastEvaluatedKey ? { next: encodeCursor(LastEvaluatedKey) } : {}) };
    },
  };
}
