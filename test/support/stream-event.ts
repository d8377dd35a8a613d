import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

let counter = 0;

/** One DynamoDB stream record as Lambda delivers it, with a rising sequence number. */
export function streamRecord(
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  newImage: Record<string, unknown> | undefined,
): DynamoDBRecord {
  counter += 1;
  const sequenceNumber = String(1_000_000 + counter).padStart(21, '0');
  const toImage = (item: Record<string, unknown>) =>
    marshall(item, { removeUndefinedValues: true }) as Record<string, AttributeValue> as NonNullable<
      DynamoDBRecord['dynamodb']
    >['NewImage'];
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

/** A case-event item as the case store writes it (keys abbreviated). */
export function caseEventItem(caseId: string, seq: number, overrides: Record<string, unknown> = {}) {
  return {
    pk: `CASE#${caseId}`,
    sk: `EVENT#${String(seq).padStart(6, '0')}`,
    type: 'case-event',
    caseId,
    townshipId: 'qingshi',
    action: 'accept',
    toState: 'accepted',
    at: '2026-01-05T09:30:00.000Z',
    seq,
    version: 1,
    ...overrides,
  };
}
