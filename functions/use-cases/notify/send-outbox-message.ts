import type { OutboxMessage } from '../../core/notify/case-messages.js';
import type { Notifier } from '../../ports/notifier.js';
import type { Outbox } from '../../ports/outbox.js';

export interface SendOutboxDeps {
  notifier: Notifier;
  outbox: Outbox;
  now: () => Date;
}

/** A live claim by another sender: the record is retried later rather than sent twice. */
export class OutboxMessageBusyError extends Error {
  override name = 'OutboxMessageBusyError';
  readonly code = 'OUTBOX_MESSAGE_BUSY';
}

/**
 * Sends one outbox message at most once: claim it (conditional), send, set the sent marker.
 * A replayed stream record finds the marker and sends nothing; a failed send gives the claim
 * back and rethrows, so the batch reports the record and the retry sends it. A crash between
 * sending and marking leaves a claim that expires, after which one duplicate is possible:
 * a rare repeat is preferred to a lost notice.
 */
export async function sendOutboxMessage(message: OutboxMessage, deps: SendOutboxDeps): Promise<'sent' | 'already-sent'> {
  const claim = await deps.outbox.claim(message, deps.now());
  if (claim === 'already-sent') return 'already-sent';
  if (claim === 'busy') throw new OutboxMessageBusyError(`message ${message.messageId} is being sent by another consumer`);
  let receipt;
  try {
    receipt = await deps.notifier.send(message);
  } catch (error) {
    await deps.outbox.release(message);
    throw error;
  }
  await deps.outbox.markSent(message, deps.now(), receipt);
  return 'sent';
}
