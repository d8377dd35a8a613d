import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isExpired, summaryOf, type ApplicationDraft, type DraftKey, type DraftSummary } from '../../core/drafts/application-draft.js';
import type { DraftStore } from '../../ports/draft-store.js';
import { draftKeys } from './key-scheme.js';

const KEY_ATTRS = ['pk', 'sk', 'type'];
const SUMMARY_ATTRS = ['itemCode', 'townshipId', 'itemName', 'completed', 'version', 'savedAt', 'expiresAt'] as const;
const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** The item of a draft: `expiresAt` as epoch seconds, the table's TTL attribute. */
export function draftItem(draft: ApplicationDraft): Record<string, unknown> {
  return { ...draftKeys.draft(draft.ownerId, draft.itemCode, draft.townshipId), type: 'draft', ...draft, expiresAt: epochSeconds(draft.expiresAt) };
}

function draftOf(item: Record<string, unknown>): ApplicationDraft {
  const copy = Object.fromEntries(Object.entries(item).filter(([k]) => !KEY_ATTRS.includes(k)));
  return { ...copy, expiresAt: new Date(Number(item.expiresAt) * 1000).toISOString() } as ApplicationDraft;
}

/** The transaction item that removes a draft (the submission's; absent is fine). */
export function draftDeleteItem(tableName: string, key: DraftKey) {
  return { Delete: { TableName: tableName, Key: draftKeys.draft(key.ownerId, key.itemCode, key.townshipId) } };
}

/** Drafts in the single table (see `draftKeys`). */
export function createDynamoDraftStore(db: DynamoDBDocumentClient, tableName: string): DraftStore {
  return {
    async get(key, now) {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: draftKeys.draft(key.ownerId, key.itemCode, key.townshipId), ConsistentRead: true }),
      );
      const draft = Item ? draftOf(Item) : undefined;
      return draft && !isExpired(draft, now) ? draft : undefined;
    },

    async list(ownerId, now, limit) {
      const { Items = [] } = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          // Summaries only: the answers (personal data) stay in the table.
          ProjectionExpression: SUMMARY_ATTRS.map((_, i) => `#a${i}`).join(', '),
          ExpressionAttributeNames: Object.fromEntries(SUMMARY_ATTRS.map((a, i) => [`#a${i}`, a])),
          ExpressionAttributeValues: { ':pk': draftKeys.owner(ownerId), ':prefix': draftKeys.prefix },
          ConsistentRead: true,
          Limit: limit,
        }),
      );
      return Items.map((item) => draftOf(item))
        .filter((d) => !isExpired(d, now))
        .map((d): DraftSummary => summaryOf(d))
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    async save(draft, basedOn, now) {
      const nowSec = Math.floor(now.getTime() / 1000);
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: draftItem(draft),
            ...(basedOn === 0
              ? {
                  ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
                  ExpressionAttributeValues: { ':now': nowSec },
                }
              : {
                  ConditionExpression: '#v = :based AND expiresAt > :now',
                  ExpressionAttributeNames: { '#v': 'version' },
                  ExpressionAttributeValues: { ':based': basedOn, ':now': nowSec },
                }),
            // The stored copy comes back with the refusal: no second read to say what it is.
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return { saved: true };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const stored = error.Item ? draftOf(unmarshall(error.Item)) : undefined;
        // Refused with nothing live stored: the save was based on a copy that is gone (deleted, submitted, expired).
        return stored && !isExpired(stored, now) ? { saved: false, current: { version: stored.version, savedAt: stored.savedAt } } : { saved: false };
      }
    },

    async remove(key, now) {
      const { Attributes } = await db.send(
        new DeleteCommand({ TableName: tableName, Key: draftKeys.draft(key.ownerId, key.itemCode, key.townshipId), ReturnValues: 'ALL_OLD' }),
      );
      return Attributes !== undefined && !isExpired(draftOf(Attributes), now);
    },
  };
}
