import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ExpiredIteratorException,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';

/**
 * The embedded default's stand-in for Lambda's stream event source: reads DynamoDB Local's table
 * stream shard by shard, from the oldest record kept, and hands each batch to `handle` in order,
 * as the event source mapping would. A batch that fails is handed again from its failed record on
 * the next round (the consumer is idempotent, so starting from the oldest record after a restart
 * repeats nothing that matters).
 */
export interface TableStreamReader {
  /** One round over every shard; resolves with the number of records handed over. */
  pollOnce(): Promise<number>;
}

type Wire = Record<string, unknown>;

/**
 * The SDK's stream client reads an empty map attribute (`{"M":{}}` on the wire) as `{}`, which
 * unmarshalls to nothing; Lambda hands over the wire shape. Put the map back, at any depth.
 */
export function wireAttribute(value: Wire): Wire {
  const keys = Object.keys(value);
  if (keys.length === 0) return { M: {} };
  if (value.M) return { M: wireImage(value.M as Record<string, Wire>) };
  if (Array.isArray(value.L)) return { L: (value.L as Wire[]).map(wireAttribute) };
  return value;
}

const wireImage = (image: Record<string, Wire>) => Object.fromEntries(Object.entries(image).map(([k, v]) => [k, wireAttribute(v)]));

function asLambdaRecord(record: Record<string, any>): DynamoDBRecord {
  const dynamodb = record.dynamodb ? { ...record.dynamodb } : undefined;
  if (dynamodb?.NewImage) dynamodb.NewImage = wireImage(dynamodb.NewImage);
  if (dynamodb?.OldImage) dynamodb.OldImage = wireImage(dynamodb.OldImage);
  return { ...record, ...(dynamodb ? { dynamodb } : {}) } as DynamoDBRecord;
}

type Handle = (records: DynamoDBRecord[]) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

export function createTableStreamReader(options: {
  db: DynamoDBClient;
  endpoint: string;
  tableName: string;
  handle: Handle;
  batchSize?: number;
}): TableStreamReader {
  const streams = new DynamoDBStreamsClient({ region: 'local', endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  /** Per shard: where to read next (an iterator), or done once a closed shard is read to its end. */
  const shards = new Map<string, { iterator?: string; after?: string; done: boolean }>();
  let streamArn: string | undefined;

  const iteratorFor = async (shardId: string, after?: string) =>
    (
      await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn!,
          ShardId: shardId,
          ShardIteratorType: after ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON',
          ...(after ? { SequenceNumber: after } : {}),
        }),
      )
    ).ShardIterator;

  const discover = async () => {
    streamArn ??= (await options.db.send(new DescribeTableCommand({ TableName: options.tableName }))).Table?.LatestStreamArn;
    if (!streamArn) throw new Error(`table ${options.tableName} has no stream`);
    let start: string | undefined;
    do {
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ...(start ? { ExclusiveStartShardId: start } : {}) }));
      for (const shard of StreamDescription?.Shards ?? []) if (shard.ShardId && !shards.has(shard.ShardId)) shards.set(shard.ShardId, { done: false });
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
  };

  return {
    async pollOnce() {
      await discover();
      let handed = 0;
      for (const [shardId, shard] of shards) {
        if (shard.done) continue;
        shard.iterator ??= await iteratorFor(shardId, shard.after);
        while (shard.iterator) {
          let page;
          try {
            page = await streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: options.batchSize ?? 100 }));
          } catch (error) {
            if (!(error instanceof ExpiredIteratorException)) throw error;
            shard.iterator = await iteratorFor(shardId, shard.after);
            continue;
          }
          const records = (page.Records ?? []).map((r) => asLambdaRecord(r as Record<string, any>));
          if (records.length) {
            const { batchItemFailures } = await options.handle(records);
            const failed = batchItemFailures[0]?.itemIdentifier;
            const handledUpTo = failed ? records[records.findIndex((r) => r.dynamodb?.SequenceNumber === failed) - 1] : records.at(-1);
            if (handledUpTo?.dynamodb?.SequenceNumber) shard.after = handledUpTo.dynamodb.SequenceNumber;
            handed += records.length;
            if (failed) {
              // Start again from the failed record next round.
              shard.iterator = undefined;
              break;
            }
          }
          if (!page.NextShardIterator) {
            shard.done = true;
            shard.iterator = undefined;
            break;
          }
          shard.iterator = page.NextShardIterator;
          if (!records.length) break; // caught up with an open shard
        }
      }
      return handed;
    },
  };
}

/** Polls every `intervalMs` until stopped; rounds never overlap. */
export function startTableStreamReader(reader: TableStreamReader, onError: (error: unknown) => void, intervalMs = 1000): { stop(): Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = reader
      .pollOnce()
      .catch(onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
