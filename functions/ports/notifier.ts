import type { OutboxMessage } from '../core/notify/case-messages.js';

/** What a sender reports back: the provider's id of the message, when it gives one. */
export interface SendReceipt {
  provider: string;
  providerMessageId?: string;
}

/**
 * Sends one message to the applicant (SMS through Amazon SNS, e-mail through SES, or the
 * embedded default's log). Throws when the provider refuses; the consumer retries.
 */
export interface Notifier {
  send(message: OutboxMessage): Promise<SendReceipt>;
}
