import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { contributionDelta, splitCounter } from '../../core/stats/case-contribution.js';
import type { StatsBucket, StatsStore } from '../../ports/stats-store.js';
import { statsKeys } from './key-scheme.js';
import { queryAll } from './query-all.js';

const BUCKET_META = new Set(['pk', 'sk', 'type', 'countyId']);
/** DynamoDB allows 100 items per transaction; one is the case's record. */
const MAX_BUCKETS = 99;

function bucketOf(item: Record<string, unknown>): StatsBucket {
  const counters: Record<string, number> = {};
  for (const [name, value] of Object.entries(item)) if (!BUCKET_META.has(name) && typeof value === 'number') counters[name] = value;
  return { bucket: String(item.sk), counters };
}

export function createDynamoStatsStore(db: DynamoDBDocumentClient, tableName: string): StatsStore {
  return {
    async recordCase(countyId, caseId, version, contribution) {
      const counted = await db.send(new GetCommand({ TableName: tableName, Key: statsKeys.counted(caseId), ConsistentRead: true }));
      const before = counted.Item as { version: number; counters: string[] } | undefined;
      if (before && before.version >= version) return 'stale';
      const byBucket = new Map<string, [string, number][]>();
      for (const [counter, n] of contributionDelta(before?.counters ?? [], contribution)) {
        const { bucket, name } = splitCounter(counter);
        byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), [name, n]]);
      }
      // Counted as it was last counted (a step that moves no figure): the record keeps the older version,
      // which is harmless, as the counters are the same (a replay of this version finds nothing to add either).
      if (byBucket.size === 0 && before) return 'unchanged';
      if (byBucket.size > MAX_BUCKETS) throw new Error(`case ${caseId} touches ${byBucket.size} buckets, more than one transaction holds`);
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: { ...statsKeys.counted(caseId), type: 'case-stats', countyId, version, counters: contribution },
                  ...(before
                    ? {
                        ConditionExpression: '#v = :read',
                        ExpressionAttributeNames: { '#v': 'version' },
                        ExpressionAttributeValues: { ':read': before.version },
                      }
                    : { ConditionExpression: 'attribute_not_exists(pk)' }),
                },
              },
              ...[...byBucket].map(([bucket, counters]) => ({
                Update: {
                  TableName: tableName,
                  Key: statsKeys.bucket(countyId, bucket),
                  UpdateExpression: `SET #type = :type, #county = :county ADD ${counters.map((_, i) => `#c${i} :n${i}`).join(', ')}`,
                  ExpressionAttributeNames: { '#type': 'type', '#county': 'countyId', ...Object.fromEntries(counters.map(([name], i) => [`#c${i}`, name])) },
                  ExpressionAttributeValues: { ':type': 'stats-bucket', ':county': countyId, ...Object.fromEntries(counters.map(([, n], i) => [`:n${i}`, n])) },
                },
              })),
            ],
          }),
        );
        return 'counted';
      } catch (error) {
        // Another consumer counted this case in between: its record is at least as new, or it will be retried.
        if (error instanceof TransactionCanceledException && (error.CancellationReasons ?? [])[0]?.Code === 'ConditionalCheckFailed') return 'stale';
        throw error;
      }
    },

    async read(countyId, from, to) {
      const pk = statsKeys.county(countyId);
      const [days, now] = await Promise.all([
        queryAll(db, {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': pk, ':from': from, ':to': `${to}#~` },
        }),
        queryAll(db, {
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :now)',
          ExpressionAttributeValues: { ':pk': pk, ':now': 'NOW#' },
        }),
      ]);
      return { days: days.map(bucketOf), now: now.map(bucketOf) };
    },
  };
}
