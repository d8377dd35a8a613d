import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type Projection,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { KEY_ATTRIBUTES, TABLE_INDEXES, TABLE_KEY, TTL_ATTRIBUTE, type IndexProjection } from './table-definition.js';

type IndexDefinition = (typeof TABLE_INDEXES)[number];

/** An index's projection as DynamoDB takes it. */
export const projectionSpec = (projection: IndexProjection): Projection =>
  projection.type === 'KEYS_ONLY' ? { ProjectionType: 'KEYS_ONLY' } : { ProjectionType: 'INCLUDE', NonKeyAttributes: [...projection.attributes] };

const indexSpec = (index: IndexDefinition) => ({
  IndexName: index.name,
  KeySchema: [
    { AttributeName: index.partition, KeyType: 'HASH' as const },
    { AttributeName: index.sort, KeyType: 'RANGE' as const },
  ],
  Projection: projectionSpec(index.projection),
});

/** Whether a stored index projects what its definition says (the same attributes, in any order). */
export function sameProjection(found: Projection | undefined, wanted: IndexProjection): boolean {
  if (found?.ProjectionType !== wanted.type) return false;
  if (wanted.type === 'KEYS_ONLY') return true;
  const have = [...(found.NonKeyAttributes ?? [])].sort();
  const want = [...wanted.attributes].sort();
  return have.length === want.length && have.every((name, i) => name === want[i]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the table and each of its indexes are ACTIVE (an index being built or deleted blocks the next change). */
async function settled(client: DynamoDBClient, tableName: string, timeoutMs = 120_000): Promise<TableDescription> {
  const started = Date.now();
  for (let pause = 50; ; pause = Math.min(pause * 2, 1000)) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE' && (Table.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE')) return Table;
    if (Date.now() - started > timeoutMs) throw new Error(`table ${tableName} did not settle in ${timeoutMs} ms`);
    await sleep(pause);
  }
}

/**
 * Brings a table kept on disk from an older version up to the definition, one index change per
 * update as DynamoDB allows: an index added since is created; an index whose projection changed
 * is deleted and created again (DynamoDB cannot change a projection in place; it fills the new
 * index from the table). Returns the names of the indexes it built.
 */
async function migrateIndexes(client: DynamoDBClient, tableName: string, table: TableDescription): Promise<string[]> {
  const built: string[] = [];
  for (const index of TABLE_INDEXES) {
    const found = table.GlobalSecondaryIndexes?.find((i) => i.IndexName === index.name);
    if (found && sameProjection(found.Projection, index.projection)) continue;
    if (found) {
      await client.send(new UpdateTableCommand({ TableName: tableName, GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: index.name } }] }));
      await settled(client, tableName);
    }
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [index.partition, index.sort].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
        GlobalSecondaryIndexUpdates: [{ Create: indexSpec(index) }],
      }),
    );
    await settled(client, tableName);
    built.push(index.name);
  }
  return built;
}

/**
 * Creates the table from table-definition.ts where it does not exist yet, or brings an existing
 * one's indexes up to it (local and tests only; in AWS the stack owns the table).
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  options: {
    onIndexBuilt?: (name: string) => void;
    /**
     * Give a new table its stream (default). Only the scale bench leaves it out: DynamoDB Local's
     * stream slows every request on a table as its records pile up, which DynamoDB's does not.
     */
    stream?: boolean;
  } = {},
): Promise<'created' | 'existed'> {
  try {
    const table = await settled(client, tableName);
    for (const name of await migrateIndexes(client, tableName, table)) options.onIndexBuilt?.(name);
    return 'existed';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: KEY_ATTRIBUTES.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: TABLE_KEY.partition, KeyType: 'HASH' },
        { AttributeName: TABLE_KEY.sort, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: TABLE_INDEXES.map(indexSpec),
      ...(options.stream === false ? {} : { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' as const } }),
    }),
  );
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
    }),
  );
  return 'created';
}
