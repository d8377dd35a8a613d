import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StoredFile } from '../../ports/file-store.js';
import { fileKeys } from './key-scheme.js';

/** File metadata rows shared by the S3 and the local-disk file stores. */
export function createFileMetadata(db: DynamoDBDocumentClient, tableName: string) {
  return {
    async put(file: StoredFile) {
      await db.send(new PutCommand({ TableName: tableName, Item: { ...fileKeys.file(file.fileId), type: 'file', ...file } }));
    },
    async get(fileId: string): Promise<StoredFile | undefined> {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: fileKeys.file(fileId), ConsistentRead: true }));
      if (!Item) return undefined;
      const { pk: _p, sk: _s, type: _t, ...file } = Item;
      return file as StoredFile;
    },
    async markUploaded(fileId: string) {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: fileKeys.file(fileId),
          UpdateExpression: 'SET uploaded = :t',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':t': true },
        }),
      );
    },
  };
}
export type FileMetadata = ReturnType<typeof createFileMetadata>;
