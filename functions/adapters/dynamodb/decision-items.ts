import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import type { DecisionRecord } from '../../core/seal/decision-record.js';
import type { DecisionStore } from '../../ports/decision-store.js';
import { decisionKeys } from './key-scheme.js';

/** The DynamoDB item of a signed decision (pk DECISION#<verifyCode>); put it on condition `attribute_not_exists(pk)`. */
export function decisionItem(record: DecisionRecord): Record<string, unknown> {
  return { ...decisionKeys.decision(record.verifyCode), type: 'decision', version: 1, ...record };
}

/** The pointer from a case to its decision (pk CASEDECISION#<caseId>); put it without a condition. */
export function decisionPointerItem(record: DecisionRecord): Record<string, unknown> {
  return {
    ...decisionKeys.caseDecision(record.caseId),
    type: 'decision_pointer',
    caseId: record.caseId,
    verifyCode: record.verifyCode,
    signedAt: record.signedAt,
  };
}

/** Both puts, ready for a TransactWriteCommand's TransactItems (the decide use case adds its case update). */
export function decisionTransactItems(tableName: string, record: DecisionRecord) {
  return [
    { Put: { TableName: tableName, Item: decisionItem(record), ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName: tableName, Item: decisionPointerItem(record) } },
  ];
}

function recordOf(item: Record<string, unknown>): DecisionRecord {
  const { pk: _pk, sk: _sk, type: _type, version: _version, ...record } = item;
  return record as unknown as DecisionRecord;
}

/** Decisions in the single table (see `decisionKeys` in key-scheme.ts). */
export function createDynamoDecisionStore(db: DynamoDBDocumentClient, tableName: string): DecisionStore {
  const get = async (verifyCode: string, consistent = false) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: decisionKeys.decision(verifyCode), ConsistentRead: consistent }));
    return Item?.type === 'decision' ? recordOf(Item) : undefined;
  };

  return {
    async save(record) {
      try {
        await db.send(new TransactWriteCommand({ TransactItems: decisionTransactItems(tableName, record) }));
      } catch (error) {
        if (error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed')) {
          throw new ConflictError(`decision ${record.verifyCode} exists`, 'DECISION_EXISTS');
        }
        throw error;
      }
    },

    get: (verifyCode) => get(verifyCode),

    async getByCase(caseId) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: decisionKeys.caseDecision(caseId) }));
      if (Item?.type !== 'decision_pointer') return undefined;
      return get(String(Item.verifyCode));
    },

    async revoke(verifyCode, revoked) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: decisionKeys.decision(verifyCode),
            UpdateExpression: 'SET revoked = :revoked, version = version + :one',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revoked)',
            ExpressionAttributeValues: { ':revoked': revoked, ':one': 1 },
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        if (!(await get(verifyCode, true))) throw new NotFoundError(`decision ${verifyCode}`);
        throw new ConflictError(`decision ${verifyCode} is already revoked`, 'DECISION_ALREADY_REVOKED');
      }
    },
  };
}
