import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { startLocalStack, type LocalStack } from '../../scripts/lib/local-stack.js';
import { runDynamoEndpoint } from '../support/run-services.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';

const myCaseIds = async (api: StackApi) => (await api.call<{ items: { caseId: string }[] }>('GET', '/api/cases', 'resident')).items.map((c) => c.caseId);

describe('local stacks over a DynamoDB Local that is already running (as the browser tests run them)', () => {
  const stacks: LocalStack[] = [];
  afterAll(async () => {
    for (const stack of stacks) await stack.stop();
  });

  it('each keeps to its own table, and stopping one leaves the database to the other', async () => {
    const endpoint = await runDynamoEndpoint();
    const names = [`stack-a-${randomUUID().slice(0, 8)}`, `stack-b-${randomUUID().slice(0, 8)}`];
    for (const tableName of names) stacks.push(await startLocalStack({ port: 0, logLevel: 'silent', dynamoEndpoint: endpoint, tableName }));
    const [a, b] = stacks as [LocalStack, LocalStack];
    expect([a.dynamoEndpoint, b.dynamoEndpoint]).toEqual([endpoint, endpoint]);
    expect([a.tableName, b.tableName]).toEqual(names);

    // A case filed through one stack is in its table only.
    const apiA = new StackApi(a.url);
    const apiB = new StackApi(b.url);
    const filed = await apiA.submit('resident', {
      itemCode: 'MZ-GG-0003',
      answers: DEMO_APPLICANT,
      materials: { idCard: ['身份证正反面.jpg'], hukou: ['户口簿首页.jpg'], bankCard: ['银行卡.jpg'] },
    });
    expect(await myCaseIds(apiA)).toEqual([filed.caseId]);
    expect(await myCaseIds(apiB)).toEqual([]);

    await a.stop();
    stacks.shift();
    const db = createDocumentClient({ region: 'local', endpoint });
    try {
      expect((await db.send(new ListTablesCommand({}))).TableNames).toEqual(expect.arrayContaining(names));
    } finally {
      db.destroy();
    }
    expect(await myCaseIds(apiB)).toEqual([]);
  });

  it('refuses a data folder together with an endpoint (the folder would not hold the data)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stack-'));
    await expect(startLocalStack({ port: 0, logLevel: 'silent', dynamoEndpoint: await runDynamoEndpoint(), dataDir })).rejects.toThrow(
      /dataDir or dynamoEndpoint/,
    );
  });
});
