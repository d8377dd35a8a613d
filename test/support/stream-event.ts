import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { outboxPut } from '../../functions/adapters/dynamodb/outbox-store.js';
import type { OutboxMessage } from '../../functions/core/notify/case-messages.js';

let counter = 0;

/** One DynamoDB stream record as Lambda delivers it, with a rising sequence number. */
export function streamRecord(eventName: 'INSERT' | 'MODIFY' | 'REMOVE', newImage: Record<string, unknown> | undefined): DynamoDBRecord {
  counter += 1;
  const sequenceNumber = String(1_000_000 + counter).padStart(21, '0');
  const toImage = (item: Record<string, unknown>) =>
    marshall(item, { removeUndefinedValues: true }) as Record<string, AttributeValue> as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'];
  return {
    eventID: `evt-${counter}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'cn-north-1',
    eventSourceARN: 'arn:aws:dynamodb:cn-north-1:123456789012:table/intake/stream/2026-01-05T00:00:00.000',
    dynamodb: {
      ApproximateCreationDateTime: 1_767_571_200,
      SequenceNumber: sequenceNumber,
      SizeBytes: 100,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
      ...(newImage ? { NewImage: toImage(newImage) } : {}),
    },
  };
}

/** A stream event of the given records. */
export const streamEvent = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });

/** An outbox message as the case store writes it (see outboxPut). */
export function outboxMessage(caseId: string, seq: number, overrides: Partial<OutboxMessage> = {}): OutboxMessage {
  return {
    messageId: `${caseId}#${seq}`,
    caseId,
    caseNumber: 'QS-2026-000001',
    countyId: 'anping',
    townshipId: 'qingshi',
    seq,
    action: 'accept',
    lang: 'zh-CN',
    channel: 'sms',
    to: '13912345678',
    text: `办件QS-2026-000001已受理，承诺3月20日前办结。http://localhost:3000/t/ABCDEFGHJK`,
    createdAt: '2026-01-05T09:30:00.000Z',
    ...overrides,
  };
}

/** The table item of a message (keys, type, pending index), as it arrives in the stream's NewImage. */
export const outboxItemOf = (tableName: string, message: OutboxMessage) => outboxPut(tableName, message).Put.Item;
