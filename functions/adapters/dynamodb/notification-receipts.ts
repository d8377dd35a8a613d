import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NotificationReceipts } from '../../ports/notification-receipts.js';
import { keys } from './key-scheme.js';

/** Stream retries stop after a day (the event source's max record age); a week leaves margin. */
const RECEIPT_LIFETIME_SECONDS = 7 * 24 * 60 * 60;

/** Notification receipts as small write-once items that DynamoDB's TTL removes later. */
export function createDynamoNotificationReceipts(
  db: DynamoDBDocumentClient,
  tableName: string,
  now: () => Date = () => new Date(),
): NotificationReceipts {
  return {
    async has(notificationId) {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.notificationReceipt(notificationId), ConsistentRead: true }),
      );
      return Item !== undefined;
    },
    async record(notificationId) {
      const sentAt = now();
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.notificationReceipt(notificationId),
            type: 'notification-receipt',
            version: 1,
            sentAt: sentAt.toISOString(),
            expiresAt: Math.floor(sentAt.getTime() / 1000) + RECEIPT_LIFETIME_SECONDS,
          },
        }),
      );
    },
  };
}
