import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { Case } from '../core/case/case.js';
import { caseOfItem } from '../adapters/dynamodb/case-store.js';

/** The case snapshot a stream record carries (an inserted or changed case item), or undefined. */
export function caseFromRecord(record: DynamoDBRecord): Case | undefined {
  const image = record.dynamodb?.NewImage;
  if (record.eventName === 'REMOVE' || !image) return undefined;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item.type !== 'case' || typeof item.caseId !== 'string' || typeof item.version !== 'number') return undefined;
  return caseOfItem(item);
}
