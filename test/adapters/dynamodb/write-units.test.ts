import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestTable } from '../../support/dynamo.js';
import { writeUnitsOf } from '../../support/dynamo-write-units.js';

/**
 * The bench's reckoning of write units (test/support/dynamo-write-units.ts) against what DynamoDB
 * Local reports for single writes, on items shaped like a case: it is what the case-life bench
 * counts a transaction's units with.
 */
describe('write units worked out from the item before and after', () => {
  let db: DynamoDBDocumentClient;
  let tableName: string;
  beforeAll(async () => {
    ({ db, tableName } = await createTestTable());
  });

  const caseItem = (state: string, extra: Record<string, unknown> = {}) => ({
    pk: 'CASE#w1',
    sk: 'CASE',
    type: 'case',
    gsi1pk: `TOWNSHIP#qingshi#STATE#${state}`,
    gsi1sk: '2026-03-02T02:00:00.000Z#w1',
    gsi2pk: 'APPLICANT#u-resident-1',
    gsi2sk: '2026-03-02T02:00:00.000Z#w1',
    caseId: 'w1',
    state,
    version: 1,
    applicant: { kind: 'person', name: '张明', phone: '13800138000' },
    // What makes a case big and is in no index.
    answers: { note: '青'.repeat(700) },
    ...extra,
  });

  const reported = async (command: PutCommand | DeleteCommand) => {
    const send = () => (command instanceof PutCommand ? db.send(command) : db.send(command));
    const before = (await db.send(new GetCommand({ TableName: tableName, Key: { pk: 'CASE#w1', sk: 'CASE' }, ConsistentRead: true }))).Item;
    const out = await send();
    const after = (await db.send(new GetCommand({ TableName: tableName, Key: { pk: 'CASE#w1', sk: 'CASE' }, ConsistentRead: true }))).Item;
    const figure = out.ConsumedCapacity!;
    const local = {
      table: figure.Table?.CapacityUnits,
      indexes: Object.fromEntries(Object.entries(figure.GlobalSecondaryIndexes ?? {}).map(([name, f]) => [name, f.CapacityUnits])),
    };
    return { local, worked: writeUnitsOf(before, after) };
  };
  const put = (item: Record<string, unknown>) => new PutCommand({ TableName: tableName, Item: item, ReturnConsumedCapacity: 'INDEXES' });

  it('agrees with DynamoDB Local on a new item, a change in place, a moved index key and a delete', async () => {
    const created = await reported(put(caseItem('submitted')));
    expect(created.worked).toEqual(created.local);
    // 2.1 KB of answers: 3 units on the table, 1 in each index (the answers are not projected).
    expect(created.worked).toEqual({ table: 3, indexes: { gsi1: 1, gsi2: 1 } });

    const unchangedRow = await reported(put(caseItem('submitted', { answers: { note: '白'.repeat(700) } })));
    expect(unchangedRow.worked).toEqual(unchangedRow.local);
    expect(unchangedRow.worked.indexes).toEqual({});

    const moved = await reported(put(caseItem('under_review', { version: 2 })));
    expect(moved.worked).toEqual(moved.local);
    expect(moved.worked.indexes).toEqual({ gsi1: 2, gsi2: 1 });

    const deleted = await reported(new DeleteCommand({ TableName: tableName, Key: { pk: 'CASE#w1', sk: 'CASE' }, ReturnConsumedCapacity: 'INDEXES' }));
    expect(deleted.worked).toEqual(deleted.local);
    expect(deleted.worked).toEqual({ table: 3, indexes: { gsi1: 1, gsi2: 1 } });
  });

  it('bills a transaction twice', () => {
    expect(writeUnitsOf(undefined, caseItem('submitted'), true)).toEqual({ table: 6, indexes: { gsi1: 2, gsi2: 2 } });
  });
});
