import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { Context } from 'aws-lambda';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { keys } from '../../functions/adapters/dynamodb/key-scheme.js';
import { createTestTable } from '../support/dynamo.js';
import { captureLogLines, fakeLambdaContext } from '../support/lambda-context.js';
import { caseEventItem, streamEvent, streamRecord } from '../support/stream-event.js';

type Handler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;

describe('stream handler (functions/stream/handler.ts)', () => {
  let handler: Handler;
  let table: Awaited<ReturnType<typeof createTestTable>>;

  beforeAll(async () => {
    table = await createTestTable('stream');
    // The entry parses its env at cold start, exactly as in Lambda: set it before the import.
    vi.stubEnv('TABLE_NAME', table.tableName);
    vi.stubEnv('DYNAMODB_ENDPOINT', table.endpoint);
    vi.stubEnv('AWS_REGION', 'local');
    vi.stubEnv('LOG_LEVEL', 'info');
    ({ handler } = (await import('../../functions/stream/handler.js')) as { handler: Handler });
  });

  const notifications = (lines: Record<string, unknown>[]) => lines.filter((l) => l.message === 'notification');
  const receiptOf = async (caseId: string, seq: number) =>
    (await table.db.send(new GetCommand({ TableName: table.tableName, Key: keys.notificationReceipt(`${caseId}#${seq}`) })))
      .Item;

  it('notifies new case events and reports the first malformed one by its sequence number', async () => {
    const good = streamRecord('INSERT', caseEventItem('c-100', 1));
    const malformed = streamRecord('INSERT', caseEventItem('c-101', 1, { townshipId: undefined }));
    const after = streamRecord('INSERT', caseEventItem('c-102', 1));

    const { result, lines } = await captureLogLines(() => handler(streamEvent(good, malformed, after), fakeLambdaContext()));

    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: malformed.dynamodb!.SequenceNumber }] });
    expect(notifications(lines)).toEqual([
      expect.objectContaining({ caseId: 'c-100', seq: 1, eventType: 'accept', toState: 'accepted', requestId: 'req-0001' }),
    ]);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'stream record failed', eventID: malformed.eventID }),
    );
    // The record after the failure is left for the retry, which resumes at the failed record.
    expect(await receiptOf('c-102', 1)).toBeUndefined();
    expect(await receiptOf('c-100', 1)).toMatchObject({ type: 'notification-receipt', expiresAt: expect.any(Number) });
  });

  it('does not notify twice when Lambda retries a batch', async () => {
    const first = streamRecord('INSERT', caseEventItem('c-200', 3, { action: 'require_correction', toState: 'correction_required' }));
    const second = streamRecord('INSERT', caseEventItem('c-200', 4, { action: 'resubmit', toState: undefined }));

    const once = await captureLogLines(() => handler(streamEvent(first), fakeLambdaContext()));
    const retried = await captureLogLines(() => handler(streamEvent(first, second), fakeLambdaContext({ awsRequestId: 'req-0002' })));

    expect(once.result).toEqual({ batchItemFailures: [] });
    expect(retried.result).toEqual({ batchItemFailures: [] });
    expect(notifications(once.lines).map((l) => l.seq)).toEqual([3]);
    expect(notifications(retried.lines).map((l) => l.seq)).toEqual([4]);
    expect(notifications(retried.lines)[0]).not.toHaveProperty('toState');
  });

  it('ignores updates, removals and items that are not case events', async () => {
    const event = streamEvent(
      streamRecord('MODIFY', caseEventItem('c-300', 1)),
      streamRecord('REMOVE', undefined),
      streamRecord('INSERT', { pk: 'ACCOUNT#x', sk: 'ACCOUNT', type: 'account', phone: '13912345678' }),
    );

    const { result, lines } = await captureLogLines(() => handler(event, fakeLambdaContext()));

    expect(result).toEqual({ batchItemFailures: [] });
    expect(notifications(lines)).toEqual([]);
    expect(await receiptOf('c-300', 1)).toBeUndefined();
  });
});
