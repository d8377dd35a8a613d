import type { NotificationReceipts } from '../ports/notification-receipts.js';
import type { CaseEventNotification, Notifier } from '../ports/notifier.js';

export interface NotifyCaseEventDeps {
  notifier: Notifier;
  receipts: NotificationReceipts;
}

/** A case event is identified by its case and its position in that case's history. */
export const notificationIdOf = (event: CaseEventNotification) => `${event.caseId}#${event.seq}`;

/**
 * Sends one case-event notification at most once per receipt: a stream batch retried after a
 * partial failure finds the receipt and skips it. The receipt is written after sending, so a crash
 * in between means a rare duplicate rather than a lost notification.
 */
export async function notifyCaseEvent(
  event: CaseEventNotification,
  deps: NotifyCaseEventDeps,
): Promise<'sent' | 'already-sent'> {
  const id = notificationIdOf(event);
  if (await deps.receipts.has(id)) return 'already-sent';
  await deps.notifier.notify(event);
  await deps.receipts.record(id);
  return 'sent';
}
