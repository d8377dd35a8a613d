import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../core/errors.js';
import type { SupervisionOrder } from '../../core/supervision/supervision-order.js';
import type { SupervisionStore } from '../../ports/supervision-store.js';
import { supervisionKeys } from './key-scheme.js';
import { queryAll } from './query-all.js';
import { batchGetAll } from './batch-get.js';

const KEY_ATTRS = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi4pk', 'gsi4sk', 'type'];

function recordOf(item: Record<string, unknown>): SupervisionOrder {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !KEY_ATTRS.includes(k))) as unknown as SupervisionOrder;
}

/** The DynamoDB item of an order, with its three list entries (see `supervisionKeys`). */
export function supervisionItem(order: SupervisionOrder): Record<string, unknown> {
  return {
    ...supervisionKeys.order(order.orderId),
    type: 'supervision-order',
    gsi1pk: supervisionKeys.county(order.countyId),
    gsi1sk: `${order.issuedAt}#${order.orderId}`,
    gsi2pk: supervisionKeys.office(order.officeId),
    gsi2sk: `${order.replyDueOn}#${order.orderId}`,
    gsi4pk: supervisionKeys.ofCase(order.caseId),
    gsi4sk: `${order.issuedAt}#${order.orderId}`,
    ...order,
  };
}

/** The transaction item that writes an order: new, or replacing exactly the previous version. */
export function supervisionTransactItem(tableName: string, order: SupervisionOrder) {
  return order.version === 1
    ? { Put: { TableName: tableName, Item: supervisionItem(order), ConditionExpression: 'attribute_not_exists(pk)' } }
    : {
        Put: {
          TableName: tableName,
          Item: supervisionItem(order),
          ConditionExpression: '#v = :previous',
          ExpressionAttributeNames: { '#v': 'version' },
          ExpressionAttributeValues: { ':previous': order.version - 1 },
        },
      };
}

const encodeCursor = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');

function decodeCursor(cursor: string, index: 'gsi1' | 'gsi2', partition: string): Record<string, unknown> {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const allowed = ['pk', 'sk', `${index}pk`, `${index}sk`];
    if (
      typeof key !== 'object' ||
      key === null ||
      !Object.keys(key).every((k) => allowed.includes(k) && typeof key[k] === 'string') ||
      key[`${index}pk`] !== partition
    ) {
      throw new Error('not a cursor of this list');
    }
    return key;
  } catch {
    throw new ValidationError([{ path: 'query.cursor', message: 'field.cursor.invalid' }]);
  }
}

/** Supervision orders in the single table. */
export function createDynamoSupervisionStore(db: DynamoDBDocumentClient, tableName: string): SupervisionStore {
  // The indexes give the orders' keys in list order (they do not project whole orders: table-definition.ts); one BatchGetItem reads them.
  const ordersAt = async (entries: Record<string, unknown>[]) =>
    (
      await batchGetAll(
        db,
        tableName,
        entries.map((e) => ({ pk: String(e.pk), sk: String(e.sk) })),
      )
    ).map(recordOf);
  const list = async (index: 'gsi1' | 'gsi2', partition: string, forward: boolean, options: Parameters<SupervisionStore['listForCounty']>[1]) => {
    const statuses = options.statuses ?? [];
    const values: Record<string, unknown> = { ':pk': partition };
    statuses.forEach((s, i) => (values[`:s${i}`] = s));
    const { Items = [], LastEvaluatedKey } = await db.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression: `${index}pk = :pk`,
        ...(statuses.length
          ? { FilterExpression: `#status IN (${statuses.map((_, i) => `:s${i}`).join(', ')})`, ExpressionAttributeNames: { '#status': 'status' } }
          : {}),
        ExpressionAttributeValues: values,
        ScanIndexForward: forward,
        Limit: options.limit,
        ...(options.cursor ? { ExclusiveStartKey: decodeCursor(options.cursor, index, partition) } : {}),
      }),
    );
    // An order whose status changed between the index and the read is left out as the filter would have.
    const orders = (await ordersAt(Items)).filter((o) => statuses.length === 0 || statuses.includes(o.status));
    return { items: orders, ...(LastEvaluatedKey ? { next: encodeCursor(LastEvaluatedKey) } : {}) };
  };
  return {
    async get(orderId) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: supervisionKeys.order(orderId), ConsistentRead: true }));
      return Item ? recordOf(Item) : undefined;
    },
    listForCounty: (countyId, options) => list('gsi1', supervisionKeys.county(countyId), false, options),
    listForOffice: (officeId, options) => list('gsi2', supervisionKeys.office(officeId), true, options),
    async listForCase(caseId) {
      const entries = await queryAll(db, {
        TableName: tableName,
        IndexName: 'gsi4',
        KeyConditionExpression: 'gsi4pk = :pk',
        ExpressionAttributeValues: { ':pk': supervisionKeys.ofCase(caseId) },
      });
      return ordersAt(entries);
    },
  };
}
