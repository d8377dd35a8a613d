import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import type { WorkingCalendar } from '../core/calendar/working-calendar.js';
import type { Logger } from '../http/logger.js';
import type { StatsStore } from '../ports/stats-store.js';
import { sendOutboxMessage, type SendOutboxDeps } from '../use-cases/notify/send-outbox-message.js';
import { recordCaseStats } from '../use-cases/stats/record-case-stats.js';
import { caseFromRecord } from './case-record.js';
import { outboxMessageFromRecord } from './outbox-record.js';

/** The county's figures, when this consumer keeps them: the store and the calendar (loaded once per batch). */
export interface StreamStatsDeps {
  stats: StatsStore;
  calendar: () => Promise<WorkingCalendar>;
}

export type StreamDeps = Partial<SendOutboxDeps> & { logger: Logger; statistics?: StreamStatsDeps };

/**
 * Handles a stream batch record by record, in order: an inserted outbox message is sent (when the
 * consumer has a notifier), a case snapshot is counted in the county's figures (when it keeps
 * them). On the first failure it stops and reports that record's sequence number: Lambda resumes
 * the shard from the lowest reported number anyway, so going on would only do work that is
 * repeated, and per-case ordering is kept. Records before the failure are not repeated; the ones
 * after it come back in the retry, where the outbox's sent marker and the figures' counted version
 * make them harmless. A record that keeps failing ends in the DLQ after bounded retries.
 */
export async function processStreamRecords(records: DynamoDBRecord[], deps: StreamDeps): Promise<DynamoDBBatchResponse> {
  let calendar: WorkingCalendar | undefined;
  for (const record of records) {
    const sequenceNumber = record.dynamodb?.SequenceNumber;
    try {
      const message = deps.outbox && deps.notifier ? outboxMessageFromRecord(record) : undefined;
      if (message) {
        const outcome = await sendOutboxMessage(message, deps as SendOutboxDeps);
        deps.logger.debug('outbox message handled', { messageId: message.messageId, outcome });
      }
      const c = deps.statistics ? caseFromRecord(record) : undefined;
      if (c && deps.statistics) {
        calendar ??= await deps.statistics.calendar();
        await recordCaseStats(c, { stats: deps.statistics.stats, calendar });
      }
    } catch (error) {
      deps.logger.error('stream record failed', { eventID: record.eventID, sequenceNumber, error });
      // Without a sequence number Lambda cannot checkpoint: fail the whole batch instead.
      if (!sequenceNumber) throw error;
      return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
}
