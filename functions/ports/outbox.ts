import type { OutboxMessage } from '../core/notify/case-messages.js';

/** A message as the staff list shows it: what was sent and when, the phone number masked. */
export interface OutboxEntry extends Omit<OutboxMessage, 'to'> {
  /** The phone number, masked (138****5678). */
  toMasked: string;
  status: 'pending' | 'sent';
  sentAt?: string;
  provider?: string;
}

/** Result of claiming a message for sending. */
export type ClaimOutcome = 'claimed' | 'already-sent' | 'busy';

/** The outbox the case store writes into, as the sending side sees it. */
export interface Outbox {
  /**
   * Claims a message before sending (conditional update): `already-sent` when it carries its sent
   * marker, `busy` while another sender's claim is still live.
   */
  claim(message: OutboxMessage, now: Date): Promise<ClaimOutcome>;
  /** Sets the sent marker (once) and takes the message out of the pending index. */
  markSent(message: OutboxMessage, at: Date, receipt: { provider: string; providerMessageId?: string }): Promise<void>;
  /** Gives a claim back after a failed send, so that the retry may send. */
  release(message: OutboxMessage): Promise<void>;
  /** Messages not sent yet, oldest first (the embedded default's poller). */
  pending(limit: number): Promise<OutboxMessage[]>;
  /** A county's messages, newest first, one Query per page. */
  list(countyId: string, options: { limit: number; cursor?: string }): Promise<{ items: OutboxEntry[]; next?: string }>;
}
