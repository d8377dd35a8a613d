import { randomUUID } from 'node:crypto';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FileAccessEntry, FileAccessLog } from '../../ports/file-access-log.js';
import { fileAccessKeys } from './key-scheme.js';
import { queryAll, stripKeys } from './query-all.js';

/** The file access log as items under FILEACCESS#<caseId>, put once and never changed. */
export function createDynamoFileAccessLog(db: DynamoDBDocumentClient, tableName: string): FileAccessLog {
  return {
    async append(entry) {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...fileAccessKeys.entry(entry.caseId, entry.at, randomUUID()), type: 'file_access', ...entry },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },
    async list(caseId) {
      const items = await queryAll(db, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': fileAccessKeys.ofCase(caseId), ':prefix': fileAccessKeys.prefix },
        ConsistentRead: true,
      });
      return items.map((item) => stripKeys<FileAccessEntry>(item));
    },
  };
}
