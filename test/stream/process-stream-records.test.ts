import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { outboxKeys } from '../../functions/adapters/dynamodb/key-scheme.js';
import { createDynamoOutbox } from '../../functions/adapters/dynamodb/outbox-store.js';
import type { OutboxMessage } from '../../functions/core/notify/case-messages.js';
import { silentLogger } from '../../functions/http/logger.js';
import type { Notifier } from '../../functions/ports/notifier.js';
import type { Outbox } from '../../functions/ports/outbox.js';
import { processStreamRecords } from '../../functions/stream/process-stream-records.js';
import { pollOutboxOnce } from '../../functions/adapters/local/outbox-poller.js';
import { createTestTable } from '../support/dynamo.js';
import { outboxItemOf, outboxMessage, streamRecord } from '../support/stream-event.js';

/** A notifier that records what it was asked to send and fails for the given case ids. */
function recordingNotifier(failFor: string[] = []) {
  const sent: OutboxMessage[] = [];
  const notifier: Notifier = {
    async send(message) {
      if (failFor.includes(message.caseId)) throw new Error(`SMS gateway refused ${message.caseId}`);
      sent.push(message);
      return { provider: 'test', providerMessageId: `p-${sent.length}` };
    },
  };
  return { notifier, sent };
}

describe('processStreamRecords over the outbox', () => {
  let table: Awaited<ReturnType<typeof createTestTable>>;
  let outbox: Outbox;
  const now = () => new Date('2026-01-05T09:31:00.000Z');
  /** Writes the message as the case store would, and returns its INSERT stream record. */
  const inserted = async (caseId: string, seq: number, overrides: Partial<OutboxMessage> = {}) => {
    const item = outboxItemOf(table.tableName, outboxMessage(caseId, seq, overrides));
    await table.db.send(new PutCommand({ TableName: table.tableName, Item: item }));
    return streamRecord('INSERT', item);
  };
  const itemOf = async (caseId: string, seq: number) =>
    (await table.db.send(new GetCommand({ TableName: table.tableName, Key: outboxKeys.message(outboxMessage(caseId, seq)), ConsistentRead: true }))).Item;

  beforeAll(async () => {
    table = await createTestTable('stream-records');
    outbox = createDynamoOutbox(table.db, table.tableName);
  });

  it('sends nothing twice when the stream delivers the same batch again', async () => {
    const records = [await inserted('r-1', 1), await inserted('r-1', 2, { action: 'decide' }), await inserted('r-2', 1)];
    const { notifier, sent } = recordingNotifier();

    const first = await processStreamRecords(records, { notifier, outbox, now, logger: silentLogger });
    const replay = await processStreamRecords(records, { notifier, outbox, now, logger: silentLogger });
    const replayedOnce = await processStreamRecords([records[1]!, records[1]!], { notifier, outbox, now, logger: silentLogger });

    expect(first.batchItemFailures).toEqual([]);
    expect(replay.batchItemFailures).toEqual([]);
    expect(replayedOnce.batchItemFailures).toEqual([]);
    expect(sent.map((m) => m.messageId)).toEqual(['r-1#1', 'r-1#2', 'r-2#1']);
    expect(await itemOf('r-1', 2)).toMatchObject({ sentAt: '2026-01-05T09:31:00.000Z', provider: 'test', providerMessageId: 'p-2' });
    // Sent messages leave the pending index.
    expect(await itemOf('r-1', 2)).not.toHaveProperty('gsi3pk');
  });

  it('stops at the first failing message, reports only its sequence number, and sends it on the retry', async () => {
    const records = [await inserted('f-1', 1), await inserted('f-2', 1), await inserted('f-3', 1)];
    const failing = recordingNotifier(['f-2']);
    const healthy = recordingNotifier();

    const first = await processStreamRecords(records, { notifier: failing.notifier, outbox, now, logger: silentLogger });
    // Lambda retries from the failed record on: f-2 and f-3.
    const retry = await processStreamRecords(records.slice(1), { notifier: healthy.notifier, outbox, now, logger: silentLogger });

    expect(first.batchItemFailures).toEqual([{ itemIdentifier: records[1]!.dynamodb!.SequenceNumber }]);
    expect(failing.sent.map((m) => m.messageId)).toEqual(['f-1#1']);
    // The failed send gave its claim back, so the retry could send it.
    expect(retry.batchItemFailures).toEqual([]);
    expect(healthy.sent.map((m) => m.messageId)).toEqual(['f-2#1', 'f-3#1']);
  });

  it('leaves a message claimed by another live sender for a later retry instead of sending it twice', async () => {
    const record = await inserted('b-1', 1);
    expect(await outbox.claim(outboxMessage('b-1', 1), now())).toBe('claimed');
    const { notifier, sent } = recordingNotifier();

    const result = await processStreamRecords([record], { notifier, outbox, now, logger: silentLogger });
    // Past the claim's lease (a crashed sender), the retry sends it.
    const later = await processStreamRecords([record], { notifier, outbox, now: () => new Date('2026-01-05T09:40:00.000Z'), logger: silentLogger });

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: record.dynamodb!.SequenceNumber }]);
    expect(later.batchItemFailures).toEqual([]);
    expect(sent.map((m) => m.messageId)).toEqual(['b-1#1']);
  });

  it('reports a malformed outbox record without naming its values', async () => {
    const good = await inserted('m-1', 1);
    const malformed = streamRecord('INSERT', { ...outboxItemOf(table.tableName, outboxMessage('m-2', 1)), lang: 'fr' });
    const { notifier, sent } = recordingNotifier();

    const result = await processStreamRecords([good, malformed], { notifier, outbox, now, logger: silentLogger });

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: malformed.dynamodb!.SequenceNumber }]);
    expect(sent.map((m) => m.messageId)).toEqual(['m-1#1']);
  });

  it('fails the whole batch when a failing record carries no sequence number to checkpoint on', async () => {
    const { notifier } = recordingNotifier(['n-1']);
    const record = await inserted('n-1', 1);
    delete record.dynamodb!.SequenceNumber;

    await expect(processStreamRecords([record], { notifier, outbox, now, logger: silentLogger })).rejects.toThrow(/SMS gateway/);
  });

  it('ignores updates, removals and items that are not outbox messages', async () => {
    const item = outboxItemOf(table.tableName, outboxMessage('i-1', 1));
    const { notifier, sent } = recordingNotifier();
    const result = await processStreamRecords(
      [
        streamRecord('MODIFY', item),
        streamRecord('REMOVE', undefined),
        streamRecord('INSERT', { pk: 'CASE#x', sk: 'EVENT#000001', type: 'case-event', caseId: 'x', seq: 1 }),
      ],
      { notifier, outbox, now, logger: silentLogger },
    );
    expect(result.batchItemFailures).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('the embedded default polls the same pending messages and sends each once', async () => {
    await table.db.send(
      new PutCommand({ TableName: table.tableName, Item: outboxItemOf(table.tableName, outboxMessage('p-1', 1, { createdAt: '2026-01-05T09:00:00.000Z' })) }),
    );
    const failing = recordingNotifier(['p-1']);
    const healthy = recordingNotifier();

    const round1 = await pollOutboxOnce({ notifier: failing.notifier, outbox, now, logger: silentLogger });
    const round2 = await pollOutboxOnce({ notifier: healthy.notifier, outbox, now, logger: silentLogger });
    const round3 = await pollOutboxOnce({ notifier: healthy.notifier, outbox, now, logger: silentLogger });

    expect(round1.failed).toBe(1);
    expect(healthy.sent.map((m) => m.messageId)).toContain('p-1#1');
    expect(round2.failed).toBe(0);
    expect(round3).toEqual({ sent: 0, failed: 0 });
    expect(healthy.sent.filter((m) => m.messageId === 'p-1#1')).toHaveLength(1);
  });
});
