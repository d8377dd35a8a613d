import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetAll } from '../../functions/adapters/dynamodb/batch-get.js';
import { operationOf } from './dynamo-call-counter.js';
import { writeUnitsOf } from './dynamo-write-units.js';

/** Operations that take `ReturnConsumedCapacity`, and whether they read or write. */
const KIND_OF: Record<string, 'read' | 'write'> = {
  GetItem: 'read',
  Query: 'read',
  Scan: 'read',
  BatchGetItem: 'read',
  TransactGetItems: 'read',
  PutItem: 'write',
  UpdateItem: 'write',
  DeleteItem: 'write',
  BatchWriteItem: 'write',
  TransactWriteItems: 'write',
};

/** Capacity units of one kind (read or write): on the table, on each index, and in all. */
export interface Units {
  table: number;
  indexes: Record<string, number>;
  total: number;
}

/** What one stretch of work consumed. */
export interface CapacityRecord {
  read: Units;
  write: Units;
  /** Calls that consumed capacity. */
  calls: number;
}

type Figure = { CapacityUnits?: number; ReadCapacityUnits?: number; WriteCapacityUnits?: number };
interface Consumed extends Figure {
  Table?: Figure;
  GlobalSecondaryIndexes?: Record<string, Figure>;
  LocalSecondaryIndexes?: Record<string, Figure>;
}

const emptyUnits = (): Units => ({ table: 0, indexes: {}, total: 0 });
export const emptyCapacity = (): CapacityRecord => ({ read: emptyUnits(), write: emptyUnits(), calls: 0 });

/** The units of one kind in a reported figure (DynamoDB gives `CapacityUnits`, sometimes split by kind too). */
const unitsOf = (kind: 'read' | 'write', figure: Figure | undefined) =>
  (kind === 'read' ? figure?.ReadCapacityUnits : figure?.WriteCapacityUnits) ?? figure?.CapacityUnits ?? 0;

/** A reported figure as table and index units. */
function split(kind: 'read' | 'write', consumed: Consumed): { table: number; indexes: Record<string, number> } {
  const indexes: Record<string, number> = {};
  for (const [name, figure] of Object.entries({ ...consumed.GlobalSecondaryIndexes, ...consumed.LocalSecondaryIndexes })) indexes[name] = unitsOf(kind, figure);
  const inIndexes = Object.values(indexes).reduce((a, b) => a + b, 0);
  return { table: consumed.Table ? unitsOf(kind, consumed.Table) : unitsOf(kind, consumed) - inIndexes, indexes };
}

function add(into: CapacityRecord, kind: 'read' | 'write', part: { table: number; indexes: Record<string, number> }) {
  const units = into[kind];
  units.table += part.table;
  units.total += part.table;
  for (const [name, n] of Object.entries(part.indexes)) {
    units.indexes[name] = (units.indexes[name] ?? 0) + n;
    units.total += n;
  }
}

/** The sum of records (a step's parts, a whole life). */
export function sumCapacity(...records: CapacityRecord[]): CapacityRecord {
  const sum = emptyCapacity();
  for (const r of records) {
    sum.calls += r.calls;
    add(sum, 'read', r.read);
    add(sum, 'write', r.write);
  }
  return sum;
}

/** `b − a`, for what happened between two readings. */
function difference(a: CapacityRecord, b: CapacityRecord): CapacityRecord {
  const diff = emptyCapacity();
  diff.calls = b.calls - a.calls;
  for (const kind of ['read', 'write'] as const) {
    diff[kind].table = b[kind].table - a[kind].table;
    diff[kind].total = b[kind].total - a[kind].total;
    for (const [index, n] of Object.entries(b[kind].indexes)) {
      const d = n - (a[kind].indexes[index] ?? 0);
      if (d) diff[kind].indexes[index] = d;
    }
  }
  return diff;
}

type Part = { table: number; indexes: Record<string, number> };
const nonZero = (p: Part) =>
  JSON.stringify(
    Object.entries(p.indexes)
      .filter(([, n]) => n !== 0)
      .sort(),
  );
const sameUnits = (a: Part, b: Part) => a.table === b.table && nonZero(a) === nonZero(b);

const text = (v: unknown) => (typeof v === 'string' ? v : (v as { S?: string } | undefined)?.S);

/** The keys a write touches (a Put's item, an Update's or Delete's key, each item of a transaction). */
function keysOf(operation: string, input: Record<string, any>): { pk: string; sk: string }[] {
  const keyOf = (x: Record<string, unknown> | undefined) => (x && text(x.pk) && text(x.sk) ? [{ pk: text(x.pk)!, sk: text(x.sk)! }] : []);
  if (operation === 'PutItem') return keyOf(input.Item);
  if (operation === 'UpdateItem' || operation === 'DeleteItem') return keyOf(input.Key);
  if (operation === 'TransactWriteItems') {
    return (input.TransactItems as Record<string, { Item?: Record<string, unknown>; Key?: Record<string, unknown> }>[]).flatMap((t) =>
      Object.values(t).flatMap((v) => keyOf(v.Item ?? v.Key)),
    );
  }
  return [];
}

/**
 * Asks DynamoDB for the capacity every command consumes (`ReturnConsumedCapacity: INDEXES`, set by
 * an SDK middleware on the client, so the app's own calls report it) and sums it: read and write
 * units, on the table and on each index.
 *
 * DynamoDB Local reports single reads and writes as DynamoDB bills them, but sums a transaction's
 * items of equal unit count once ([1 KB, 1 KB, 1 KB] → 2 units, not 6). With `reader` (a client of
 * its own, not counted) the counter reads each written item before and after the write and works
 * the units out from the two (dynamo-write-units.ts): for a transaction that is the figure kept; for
 * a single write it is checked against DynamoDB Local's, and any difference is kept in `disagreements`.
 * A request DynamoDB refuses (a failed condition) counts nothing here.
 */
export function countDynamoCapacity(db: DynamoDBDocumentClient, options: { reader?: DynamoDBDocumentClient; tableName?: string } = {}) {
  let current = emptyCapacity();
  /** Write units of the same writes had every index projected whole items (worked out, with `reader`). */
  let projectingAll = 0;
  const disagreements: string[] = [];
  let checked = 0;
  const name = 'countDynamoCapacity';
  const { reader, tableName } = options;
  const read = async (keys: { pk: string; sk: string }[]) => {
    const items = keys.length && reader && tableName ? await batchGetAll(reader, tableName, keys, { consistent: true }) : [];
    return new Map(items.map((i) => [`${String(i.pk)}\u0000${String(i.sk)}`, i]));
  };
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = operationOf(context.commandName ?? '');
      const kind = KIND_OF[operation];
      if (!kind) return next(args);
      const input = args.input as Record<string, any>;
      input.ReturnConsumedCapacity = 'INDEXES';
      const keys = kind === 'write' && reader ? keysOf(operation, input) : [];
      const before = await read(keys);
      const result = await next(args);
      const reported = (result.output as { ConsumedCapacity?: Consumed | Consumed[] }).ConsumedCapacity;
      const figures = Array.isArray(reported) ? reported : reported ? [reported] : [];
      if (keys.length) {
        const after = await read(keys);
        const modelled = { table: 0, indexes: {} as Record<string, number> };
        for (const k of keys) {
          const id = `${k.pk}\u0000${k.sk}`;
          const units = writeUnitsOf(before.get(id), after.get(id), operation === 'TransactWriteItems');
          modelled.table += units.table;
          for (const [index, n] of Object.entries(units.indexes)) modelled.indexes[index] = (modelled.indexes[index] ?? 0) + n;
          const all = writeUnitsOf(before.get(id), after.get(id), operation === 'TransactWriteItems', { projectAll: true });
          projectingAll += all.table + Object.values(all.indexes).reduce((a, b) => a + b, 0);
        }
        if (operation === 'TransactWriteItems') {
          add(current, kind, modelled);
          current.calls++;
          return result;
        }
        const local = figures[0] ? split(kind, figures[0]) : undefined;
        checked++;
        if (local && !sameUnits(local, modelled)) {
          disagreements.push(`${operation} ${keys[0]!.pk}: DynamoDB Local ${JSON.stringify(local)}, worked out ${JSON.stringify(modelled)}`);
        }
      }
      for (const consumed of figures) add(current, kind, split(kind, consumed));
      if (figures.length) current.calls++;
      return result;
    },
    { step: 'initialize', name, override: true },
  );
  return {
    /** Everything counted since the counter was added (or last reset). */
    get all(): CapacityRecord {
      return sumCapacity(current);
    },
    /** Single writes whose units were worked out and compared with DynamoDB Local's, and where the two differ. */
    get check() {
      return { checked, disagreements: [...disagreements] };
    },
    /** Write units worked out for the writes counted so far had every index projected whole items. */
    get writeUnitsProjectingAll() {
      return projectingAll;
    },
    reset() {
      current = emptyCapacity();
      projectingAll = 0;
    },
    /** Runs `fn` and returns its result with the capacity its calls consumed (nothing else may run meanwhile). */
    async measure<T>(fn: () => Promise<T>): Promise<{ result: T; capacity: CapacityRecord }> {
      const before = sumCapacity(current);
      const result = await fn();
      return { result, capacity: difference(before, current) };
    },
    remove() {
      db.middlewareStack.remove(name);
    },
  };
}
