import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** The DynamoDB operation a command name stands for: `GetCommand` and `GetItemCommand` both count as `GetItem`. */
const OPERATION_OF: Record<string, string> = {
  Get: 'GetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  TransactGet: 'TransactGetItems',
  TransactWrite: 'TransactWriteItems',
};

export function operationOf(commandName: string): string {
  const bare = commandName.replace(/Command$/, '');
  return OPERATION_OF[bare] ?? bare;
}

/** The partition a command reads or writes (its key's pk, a Query's :pk, or the items of a transaction), for messages. */
function targetOf(input: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' ? v : ((v as { S?: string } | undefined)?.S ?? '?'));
  const key = input.Key as Record<string, unknown> | undefined;
  if (key) return text(key.pk);
  const values = input.ExpressionAttributeValues as Record<string, unknown> | undefined;
  if (values?.[':pk']) return `${input.IndexName ? `${String(input.IndexName)} ` : ''}${text(values[':pk'])}`;
  const item = input.Item as Record<string, unknown> | undefined;
  if (item) return text(item.pk);
  const items = input.TransactItems as Record<string, { Item?: Record<string, unknown>; Key?: Record<string, unknown> }>[] | undefined;
  if (items) return `[${items.map((t) => Object.entries(t).map(([k, v]) => `${k} ${text((v.Item ?? v.Key)?.pk)}`)[0]).join('; ')}]`;
  return '';
}

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

/** What one stretch of work sent to DynamoDB. */
export interface CallRecord {
  /** Operation names in the order they were sent (`Query`, `GetItem`, `TransactWriteItems`…). */
  calls: string[];
  total: number;
  scans: number;
  writes: number;
  /** Counts per operation, for a failure message or a printed table. */
  byOperation: Record<string, number>;
}

function recordOf(calls: string[]): CallRecord {
  const byOperation: Record<string, number> = {};
  for (const c of calls) byOperation[c] = (byOperation[c] ?? 0) + 1;
  return {
    calls: [...calls],
    total: calls.length,
    scans: calls.filter((c) => c === 'Scan').length,
    writes: calls.filter((c) => WRITES.has(c)).length,
    byOperation,
  };
}

/**
 * Counts every command the app's DynamoDB client sends: an SDK middleware at the `initialize`
 * step (once per `send`, retries not counted twice). `measure(fn)` returns what `fn` sent.
 * The document client shares its stack with the client under it, so one registration sees both.
 */
export function countDynamoCalls(db: DynamoDBDocumentClient) {
  const sent: string[] = [];
  const targets: string[] = [];
  const name = 'countDynamoCalls';
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = operationOf(context.commandName ?? 'Unknown');
      sent.push(operation);
      targets.push(`${operation} ${targetOf(args.input as Record<string, unknown>)}`);
      return next(args);
    },
    { step: 'initialize', name, override: true },
  );
  return {
    /** Everything counted since the counter was added (or last reset). */
    get all(): CallRecord {
      return recordOf(sent);
    },
    reset() {
      sent.length = 0;
      targets.length = 0;
    },
    /** Runs `fn` and returns its result with the calls it sent (nothing else may run meanwhile). */
    async measure<T>(fn: () => Promise<T>): Promise<{ result: T; record: CallRecord; targets: string[] }> {
      const start = sent.length;
      const result = await fn();
      return { result, record: recordOf(sent.slice(start)), targets: targets.slice(start) };
    },
    remove() {
      db.middlewareStack.remove(name);
    },
  };
}

/** A one-line summary for failure messages and the bench: `3 calls: Query, GetItem, Query`. */
export const describeCalls = (r: CallRecord) => `${r.total} call${r.total === 1 ? '' : 's'}: ${r.calls.join(', ') || 'none'}`;
