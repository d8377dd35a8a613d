import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import type { Logger } from '../http/logger.js';
import { sendOutboxMessage, type SendOutboxDeps } from '../use-cases/notify/send-outbox-message.js';
import { outboxMessageFromRecord } from './outbox-record.js';

/**
 * Handles a stream batch record by record, in order. On the first failure it stops and reports
 * that record's sequence number: Lambda resumes the shard from the lowest reported number anyway,
 * so going on would only do work that is repeated, and per-case ordering is kept. Records before
 * the failure are not repeated; the ones after it come back in the retry, where the outbox's sent
 * marker makes them harmless. A record that keeps failing ends in the DLQ after bounded retries.
 */
export async function processStreamRecords(records: DynamoDBRecord[], deps: SendOutboxDeps & { logger: Logger }): Promise<DynamoDBBatchResponse> {
  for (const record of records) {
    const sequenceNumber = record.dynamodb?.SequenceNumber;
    try {
      const message = outboxMessageFromRecord(record);
      if (!message) continue;
      const outcome = await sendOutboxMessage(message, deps);
      deps.logger.debug('outbox message handled', { messageId: message.messageId, outcome });
    } catch (error) {
      deps.logger.error('stream record failed', { eventID: record.eventID, sequenceNumber, error });
      // Without a sequence number Lambda cannot checkpoint: fail the whole batch instead.
      if (!sequenceNumber) throw error;
      return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
}
