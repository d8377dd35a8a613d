import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { z } from 'zod';
import { OUTBOX_MESSAGE_TYPE } from '../adapters/dynamodb/outbox-store.js';
import type { OutboxMessage } from '../core/notify/case-messages.js';

const outboxItem = z.object({
  type: z.literal(OUTBOX_MESSAGE_TYPE),
  messageId: z.string().min(1),
  caseId: z.string().min(1),
  caseNumber: z.string().min(1),
  countyId: z.string().min(1),
  townshipId: z.string().min(1),
  seq: z.number().int().positive(),
  action: z.string().min(1),
  lang: z.enum(['zh-CN', 'en']),
  channel: z.enum(['sms', 'email']),
  to: z.string().min(1),
  text: z.string().min(1),
  createdAt: z.string().min(1),
});

/** A stream record that claims to be an outbox message but lacks what sending needs. */
export class MalformedOutboxMessageError extends Error {
  override name = 'MalformedOutboxMessageError';
  readonly code = 'MALFORMED_OUTBOX_MESSAGE';
}

/**
 * The message a stream record asks to send: only inserted outbox items qualify (the claim and
 * the sent marker are MODIFYs and announce nothing). Undefined for every other record.
 */
export function outboxMessageFromRecord(record: DynamoDBRecord): OutboxMessage | undefined {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || !image) return undefined;
  // @types/aws-lambda and the SDK describe the same wire shape with two different types.
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item.type !== OUTBOX_MESSAGE_TYPE) return undefined;
  const parsed = outboxItem.safeParse(item);
  if (!parsed.success) {
    // Field names only: the values hold a phone number.
    const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new MalformedOutboxMessageError(`outbox record ${record.eventID ?? '?'} lacks or mistypes: ${fields}`);
  }
  const { type: _type, ...message } = parsed.data;
  return message;
}
