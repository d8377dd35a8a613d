import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { Context } from 'aws-lambda';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { outboxKeys } from '../../functions/adapters/dynamodb/key-scheme.js';
import { createTestTable } from '../support/dynamo.js';
import { captureLogLines, fakeLambdaContext } from '../support/lambda-context.js';
import { outboxItemOf, outboxMessage, streamEvent, streamRecord } from '../support/stream-event.js';

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
  const inserted = async (caseId: string, seq: number) => {
    const item = outboxItemOf(table.tableName, outboxMessage(caseId, seq));
    await table.db.send(new PutCommand({ TableName: table.tableName, Item: item }));
    return streamRecord('INSERT', item);
  };
  const itemOf = async (caseId: string, seq: number) =>
    (await table.db.send(new GetCommand({ TableName: table.tableName, Key: outboxKeys.message(outboxMessage(caseId, seq)) }))).Item;

  it('sends new outbox messages once, masks the number in its log, and reports the first malformed record', async () => {
    const good = await inserted('c-100', 1);
    const malformed = streamRecord('INSERT', { ...outboxItemOf(table.tableName, outboxMessage('c-101', 1)), seq: 'one' });
    const after = await inserted('c-102', 1);

    const { result, lines } = await captureLogLines(() => handler(streamEvent(good, malformed, after), fakeLambdaContext()));
    const replay = await captureLogLines(() => handler(streamEvent(good), fakeLambdaContext({ awsRequestId: 'req-0002' })));

    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: malformed.dynamodb!.SequenceNumber }] });
    expect(notifications(lines)).toEqual([expect.objectContaining({ messageId: 'c-100#1', to: '139****5678', requestId: 'req-0001' })]);
    expect(JSON.stringify(lines)).not.toContain('13912345678');
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', message: 'stream record failed', eventID: malformed.eventID }));
    // The record after the failure is left for the retry, which resumes at the failed record.
    expect(await itemOf('c-102', 1)).not.toHaveProperty('sentAt');
    expect(await itemOf('c-100', 1)).toMatchObject({ sentAt: expect.any(String), provider: 'log' });
    expect(notifications(replay.lines)).toEqual([]);
  });
});
