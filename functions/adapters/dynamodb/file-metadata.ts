import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DetectedType } from '../../core/files/content-type.js';
import type { StoredFile } from '../../ports/file-store.js';
import { fileKeys } from './key-scheme.js';

const isConditionFailure = (error: unknown) => error instanceof Error && error.name === 'ConditionalCheckFailedException';

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
    /**
     * Accepts the upload once: true for the one caller that flips `uploaded`, false when the file
     * was uploaded, refused or attached already (the upload URL is single-use).
     */
    async completeUpload(fileId: string, detected: DetectedType, now: Date): Promise<boolean> {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: fileKeys.file(fileId),
            UpdateExpression: 'SET uploaded = :t, detected = :detected, uploadedAt = :at',
            ConditionExpression: 'attribute_exists(pk) AND uploaded = :f AND attribute_not_exists(rejected) AND attribute_not_exists(attachedTo)',
            ExpressionAttributeValues: { ':t': true, ':f': false, ':detected': detected, ':at': now.toISOString() },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
    /** Refuses the stored bytes for good (wrong size or type); only a file not yet accepted. */
    async reject(fileId: string, reason: NonNullable<StoredFile['rejected']>): Promise<void> {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: fileKeys.file(fileId),
            UpdateExpression: 'SET rejected = :reason',
            ConditionExpression: 'attribute_exists(pk) AND uploaded = :f',
            ExpressionAttributeValues: { ':reason': reason, ':f': false },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },
    /** Marks the file as part of a case (the first case to take it keeps it). */
    async markAttached(fileId: string, caseId: string, now: Date): Promise<void> {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: fileKeys.file(fileId),
          UpdateExpression: 'SET attachedTo = if_not_exists(attachedTo, :case), attachedAt = if_not_exists(attachedAt, :at)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':case': caseId, ':at': now.toISOString() },
        }),
      );
    },
  };
}
export type FileMetadata = ReturnType<typeof createFileMetadata>;
