/**
 * Remembers which notifications were already sent, so a stream batch that is retried after a
 * partial failure does not notify anyone twice.
 */
export interface NotificationReceipts {
  has(notificationId: string): Promise<boolean>;
  record(notificationId: string): Promise<void>;
}
