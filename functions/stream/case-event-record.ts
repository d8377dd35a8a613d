import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { z } from 'zod';
import type { CaseEventNotification } from '../ports/notifier.js';

/** The item type the notifier reacts to (also the event source mapping's filter). */
export const CASE_EVENT_TYPE = 'case-event';

const caseEventItem = z.object({
  type: z.literal(CASE_EVENT_TYPE),
  caseId: z.string().min(1),
  townshipId: z.string().min(1),
  /** The step the event records (accept, require_correction…); see functions/core/case/case-event.ts. */
  action: z.string().min(1),
  toState: z.string().min(1).optional(),
  at: z.string().min(1),
  seq: z.number().int().nonnegative(),
});

/** A stream record that claims to be a case event but lacks what a notification needs. */
export class MalformedCaseEventError extends Error {
  override name = 'MalformedCaseEventError';
  readonly code = 'MALFORMED_CASE_EVENT';
}

/**
 * The notification a stream record calls for: only newly inserted case events qualify (events are
 * append-only, so MODIFY and REMOVE never announce anything). Returns undefined for other records.
 */
export function caseEventFromRecord(record: DynamoDBRecord): CaseEventNotification | undefined {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || !image) return undefined;
  // @types/aws-lambda and the SDK describe the same wire shape with two different types.
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item.type !== CASE_EVENT_TYPE) return undefined;
  const parsed = caseEventItem.safeParse(item);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new MalformedCaseEventError(`case event ${record.eventID ?? '?'} lacks or mistypes: ${fields}`);
  }
  const { caseId, townshipId, action, toState, at, seq } = parsed.data;
  return { caseId, townshipId, eventType: action, at, seq, ...(toState ? { toState } : {}) };
}
