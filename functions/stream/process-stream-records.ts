import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import type { Logger } from '../http/logger.js';
import { notifyCaseEvent, type NotifyCaseEventDeps } from '../use-cases/notify-case-event.js';
import { caseEventFromRecord } from './case-event-record.js';

/**
 * Handles a stream batch record by record, in order. On the first failure it stops and reports
 * that record's sequence number: Lambda resumes the shard from the lowest reported number anyway,
 * so going on would only do work that is repeated, and per-case ordering is kept. Records before
 * the failure are not repeated; the ones after it come back in the retry, where notification
 * receipts make them harmless. A record that keeps failing ends in the DLQ after bounded retries.
 */
export async function processStreamRecords(
  records: DynamoDBRecord[],
  deps: NotifyCaseEventDeps & { logger: Logger },
): Promise<DynamoDBBatchResponse> {
  for (const record of records) {
    const sequenceNumber = record.dynamodb?.SequenceNumber;
    try {
      const event = caseEventFromRecord(record);
      if (!event) continue;
      const outcome = await notifyCaseEvent(event, deps);
      deps.logger.debug('case event handled', { caseId: event.caseId, seq: event.seq, outcome });
    } catch (error) {
      deps.logger.error('stream record failed', { eventID: record.eventID, sequenceNumber, error });
      // Without a sequence number Lambda cannot checkpoint: fail the whole batch instead.
      if (!sequenceNumber) throw error;
      return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
}
