import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Key = { pk: string; sk: string };

/**
 * Reads items by key, 100 per BatchGetItem (a few batches in parallel), retrying the keys DynamoDB
 * leaves unprocessed, and returns them in the order of `keys` (absent items left out). For lists
 * whose index holds keys only: the index gives the order, this the items.
 */
export async function batchGetAll(
  db: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Key[],
  options: { consistent?: boolean; parallel?: number } = {},
): Promise<Record<string, unknown>[]> {
  const id = (k: { pk: unknown; sk: unknown }) => `${String(k.pk)}\u0000${String(k.sk)}`;
  const found = new Map<string, Record<string, unknown>>();
  const chunks: Key[][] = [];
  for (let i = 0; i < keys.length; i += 100) chunks.push(keys.slice(i, i + 100).map((k) => ({ pk: k.pk, sk: k.sk })));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      let pending: Record<string, unknown>[] = chunks[next++]!;
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 20 * 2 ** attempt)));
        const out = await db.send(
          new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ...(options.consistent ? { ConsistentRead: true } : {}) } } }),
        );
        for (const item of out.Responses?.[tableName] ?? []) found.set(id(item as Key), item);
        pending = out.UnprocessedKeys?.[tableName]?.Keys ?? [];
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.parallel ?? 8, chunks.length) }, worker));
  return keys.flatMap((k) => {
    const item = found.get(id(k));
    return item ? [item] : [];
  });
}
