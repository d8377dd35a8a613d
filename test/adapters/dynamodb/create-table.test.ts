import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../functions/adapters/dynamodb/client.js';
import { ensureTable, projectionSpec, sameProjection } from '../../../functions/adapters/dynamodb/create-table.js';
import { TABLE_INDEXES } from '../../../functions/adapters/dynamodb/table-definition.js';
import { startDynamoDbLocal } from '../../../scripts/lib/dynamodb-local.js';

// A DynamoDB Local of this file's own: index changes in one the suite shares have stalled past
// two minutes in CI (a single change takes one to two seconds alone).
const local = await startDynamoDbLocal();
afterAll(() => local.stop());
const db = createDocumentClient({ region: 'local', endpoint: local.endpoint });
const describeIndexes = async (tableName: string) =>
  (await db.send(new DescribeTableCommand({ TableName: tableName }))).Table?.GlobalSecondaryIndexes?.map((i) => ({
    name: i.IndexName,
    projection: i.Projection,
  })) ?? [];

/** A table as an older version made it: gsi1–gsi3 projecting whole items, no gsi4. */
async function olderTable() {
  const tableName = `older-${randomUUID().slice(0, 8)}`;
  const keys = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'];
  await db.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keys.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: ['gsi1', 'gsi2', 'gsi3'].map((name) => ({
        IndexName: name,
        KeySchema: [
          { AttributeName: `${name}pk`, KeyType: 'HASH' },
          { AttributeName: `${name}sk`, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  return tableName;
}

describe('ensureTable', () => {
  it('creates a new table with each index projecting what table-definition.ts says', async () => {
    const tableName = `fresh-${randomUUID().slice(0, 8)}`;
    expect(await ensureTable(db, tableName)).toBe('created');
    expect(await describeIndexes(tableName)).toEqual(
      expect.arrayContaining(TABLE_INDEXES.map((i) => ({ name: i.name, projection: expect.objectContaining({ ProjectionType: i.projection.type }) }))),
    );
    for (const found of await describeIndexes(tableName)) {
      expect(sameProjection(found.projection, TABLE_INDEXES.find((i) => i.name === found.name)!.projection), found.name).toBe(true);
    }
  });

  it('moves a table kept on disk by an older version: rebuilds each index whose projection changed, adds the missing one, keeps the data', async () => {
    const tableName = await olderTable();
    const item = {
      pk: 'CASE#c1',
      sk: 'CASE',
      type: 'case',
      gsi1pk: 'TOWNSHIP#qingshi#STATE#submitted',
      gsi1sk: '2026-03-02T02:00:00.000Z#c1',
      gsi2pk: 'APPLICANT#u-resident-1',
      gsi2sk: '2026-03-02T02:00:00.000Z#c1',
      gsi3pk: 'DEADLINE#qingshan',
      gsi3sk: '2026-03-09#c1',
      caseId: 'c1',
      caseNumber: 'QS-2026-000001',
      state: 'submitted',
      version: 1,
      answers: { applicantName: '张明', note: 'x'.repeat(2000) },
      materials: [{ materialId: 'idCard', files: [] }],
    };
    await db.send(new PutCommand({ TableName: tableName, Item: item }));
    const built: string[] = [];
    expect(await ensureTable(db, tableName, { onIndexBuilt: (name) => built.push(name) })).toBe('existed');
    expect(built).toEqual(['gsi1', 'gsi2', 'gsi3', 'gsi4']);
    for (const found of await describeIndexes(tableName)) {
      expect(found.projection, found.name).toEqual(projectionSpec(TABLE_INDEXES.find((i) => i.name === found.name)!.projection));
    }
    // The rebuilt indexes are filled from the table, with the row's fields and not the answers or materials.
    const { Items = [] } = await db.send(
      new QueryCommand({ TableName: tableName, IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': item.gsi2pk } }),
    );
    expect(Items).toHaveLength(1);
    expect(Items[0]).toMatchObject({ caseId: 'c1', caseNumber: 'QS-2026-000001', state: 'submitted', version: 1 });
    expect(Items[0]).not.toHaveProperty('answers');
    expect(Items[0]).not.toHaveProperty('materials');
    const due = await db.send(
      new QueryCommand({ TableName: tableName, IndexName: 'gsi3', KeyConditionExpression: 'gsi3pk = :pk', ExpressionAttributeValues: { ':pk': item.gsi3pk } }),
    );
    expect(Object.keys(due.Items?.[0] ?? {}).sort()).toEqual(['gsi3pk', 'gsi3sk', 'pk', 'sk']);
    // Up to date now: the next start changes nothing.
    const again: string[] = [];
    await ensureTable(db, tableName, { onIndexBuilt: (name) => again.push(name) });
    expect(again).toEqual([]);
    // Seven index changes, each DELETING or CREATING for a second or more in DynamoDB Local; far
    // longer when the whole suite shares it.
  }, 360_000);

  it('compares projections by their attributes, in any order', () => {
    const wanted = { type: 'INCLUDE' as const, attributes: ['a', 'b'] };
    expect(sameProjection({ ProjectionType: 'INCLUDE', NonKeyAttributes: ['b', 'a'] }, wanted)).toBe(true);
    expect(sameProjection({ ProjectionType: 'INCLUDE', NonKeyAttributes: ['a'] }, wanted)).toBe(false);
    expect(sameProjection({ ProjectionType: 'ALL' }, wanted)).toBe(false);
    expect(sameProjection({ ProjectionType: 'KEYS_ONLY' }, { type: 'KEYS_ONLY' })).toBe(true);
  });
});
