import { performance } from 'node:perf_hooks';
import { DeleteCommand, GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { countDynamoCalls, describeCalls } from '../test/support/dynamo-call-counter.js';

/** One endpoint against the raw DynamoDB calls it minimally needs. */
export interface EndpointCase {
  name: string;
  /** One request (its i-th run); throws on an unexpected status. */
  endpoint: (i: number) => Promise<void>;
  /** The same work as bare SDK calls, no app around them. */
  raw: (i: number) => Promise<void>;
  /** How many calls `raw` sends. */
  rawCalls: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Runs endpoint and raw alternately (interleaved, so a noisy neighbour hits both alike), counts
 * the endpoint's calls with the SDK middleware of the call-budget test, prints one table.
 */
export async function benchEndpointCalls(db: DynamoDBDocumentClient, cases: EndpointCase[], rounds = 40) {
  const counter = countDynamoCalls(db);
  const rows: { name: string; calls: string; rawCalls: number; endpointUs: number; rawUs: number }[] = [];
  for (const c of cases) {
    // Warm-up (caches, connections), then the calls of one more run.
    for (let i = 0; i < 3; i++) await c.endpoint(i);
    const { record } = await counter.measure(() => c.endpoint(3));
    const e: number[] = [];
    const r: number[] = [];
    for (let i = 4; i < rounds + 4; i++) {
      let t0 = performance.now();
      await c.endpoint(i);
      e.push(performance.now() - t0);
      t0 = performance.now();
      await c.raw(i);
      r.push(performance.now() - t0);
    }
    rows.push({ name: c.name, calls: describeCalls(record), rawCalls: c.rawCalls, endpointUs: median(e) * 1000, rawUs: median(r) * 1000 });
  }
  counter.remove();
  console.log('\n4b. DynamoDB calls per endpoint and the ratio to its raw calls (interleaved, medians)');
  console.log(
    `  ${'endpoint'.padEnd(30)} ${'calls'.padStart(5)} ${'raw'.padStart(4)} ${'median µs'.padStart(10)} ${'raw µs'.padStart(9)} ${'ratio'.padStart(6)}  calls sent`,
  );
  for (const row of rows) {
    const count = Number(row.calls.split(' ')[0]);
    console.log(
      `  ${row.name.padEnd(30)} ${String(count).padStart(5)} ${String(row.rawCalls).padStart(4)} ${row.endpointUs.toFixed(0).padStart(10)} ${row.rawUs.toFixed(0).padStart(9)} ${(row.endpointUs / row.rawUs).toFixed(2).padStart(5)}×  ${row.calls.replace(/^\d+ calls?: /, '')}`,
    );
  }
  return rows;
}

/** The item with its index keys moved to scratch partitions: indexed like the real one, seen by no list. */
function benchCopy(item: Record<string, unknown>) {
  const copy = { ...item };
  for (const k of ['gsi1pk', 'gsi2pk', 'gsi3pk', 'gsi4pk']) if (typeof copy[k] === 'string') copy[k] = `BENCH#${copy[k]}`;
  return copy;
}

/** Bare SDK calls for the raw floors. */
export function rawCalls(db: DynamoDBDocumentClient, tableName: string) {
  return {
    get: (pk: string, sk: string) => db.send(new GetCommand({ TableName: tableName, Key: { pk, sk }, ConsistentRead: true })),
    query: (pk: string, index?: { name: string; pk: string }) =>
      db.send(
        new QueryCommand({
          TableName: tableName,
          ...(index ? { IndexName: index.name } : {}),
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': index?.pk ?? 'pk' },
          ExpressionAttributeValues: { ':pk': pk },
          ScanIndexForward: false,
          Limit: 50,
        }),
      ),
    /** One transaction putting copies of `items` under a scratch partition (indexed like the originals). */
    transact: (id: string, items: Record<string, unknown>[]) =>
      db.send(
        new TransactWriteCommand({
          TransactItems: items.map((item, k) => ({
            Put: { TableName: tableName, Item: { ...benchCopy(item), pk: `BENCH#${id}`, sk: `ITEM#${k}` } },
          })),
        }),
      ),
    remove: (pk: string, sk: string) => db.send(new DeleteCommand({ TableName: tableName, Key: { pk, sk } })),
    counter: (id: string) =>
      db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: `BENCHSERIAL#${id}`, sk: 'SERIAL' },
          UpdateExpression: 'ADD #n :one',
          ExpressionAttributeNames: { '#n': 'serial' },
          ExpressionAttributeValues: { ':one': 1 },
        }),
      ),
  };
}
