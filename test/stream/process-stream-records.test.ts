import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoNotificationReceipts } from '../../functions/adapters/dynamodb/notification-receipts.js';
import { silentLogger } from '../../functions/http/logger.js';
import type { NotificationReceipts } from '../../functions/ports/notification-receipts.js';
import type { CaseEventNotification, Notifier } from '../../functions/ports/notifier.js';
import { processStreamRecords } from '../../functions/stream/process-stream-records.js';
import { createTestTable } from '../support/dynamo.js';
import { caseEventItem, streamRecord } from '../support/stream-event.js';

/** A notifier that records what it was asked to send and fails for the given case ids. */
function recordingNotifier(failFor: string[] = []) {
  const sent: CaseEventNotification[] = [];
  const notifier: Notifier = {
    async notify(event) {
      if (failFor.includes(event.caseId)) throw new Error(`SMS gateway refused ${event.caseId}`);
      sent.push(event);
    },
  };
  return { notifier, sent };
}

describe('processStreamRecords', () => {
  let receipts: NotificationReceipts;
  beforeAll(async () => {
    const table = await createTestTable('stream-records');
    receipts = createDynamoNotificationReceipts(table.db, table.tableName);
  });

  it('stops at the first failing notification and reports only its sequence number', async () => {
    const { notifier, sent } = recordingNotifier(['c-2']);
    const records = [
      streamRecord('INSERT', caseEventItem('c-1', 1)),
      streamRecord('INSERT', caseEventItem('c-2', 1)),
      streamRecord('INSERT', caseEventItem('c-3', 1)),
    ];

    const result = await processStreamRecords(records, { notifier, receipts, logger: silentLogger });

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: records[1]!.dynamodb!.SequenceNumber }]);
    expect(sent.map((e) => e.caseId)).toEqual(['c-1']);
  });

  it('resends a notification whose sending failed, once the retry succeeds', async () => {
    const record = streamRecord('INSERT', caseEventItem('c-9', 7));
    const failing = recordingNotifier(['c-9']);
    const healthy = recordingNotifier();

    const first = await processStreamRecords([record], { notifier: failing.notifier, receipts, logger: silentLogger });
    const retry = await processStreamRecords([record], { notifier: healthy.notifier, receipts, logger: silentLogger });

    expect(first.batchItemFailures).toHaveLength(1);
    expect(retry.batchItemFailures).toEqual([]);
    expect(healthy.sent).toEqual([
      { caseId: 'c-9', townshipId: 'qingshi', eventType: 'accept', toState: 'accepted', at: '2026-01-05T09:30:00.000Z', seq: 7 },
    ]);
  });

  it('fails the whole batch when a failing record carries no sequence number to checkpoint on', async () => {
    const { notifier } = recordingNotifier(['c-4']);
    const record = streamRecord('INSERT', caseEventItem('c-4', 1));
    delete record.dynamodb!.SequenceNumber;

    await expect(processStreamRecords([record], { notifier, receipts, logger: silentLogger })).rejects.toThrow(/SMS gateway/);
  });
});
