import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { ItemExistsError, ItemVersionConflictError, OfferingConflictError } from '../../core/catalogue/errors.js';
import { summarize, type ItemHead } from '../../core/catalogue/item-summary.js';
import type { ItemVersion } from '../../core/catalogue/item-version.js';
import type { OfferingRecord } from '../../core/catalogue/offering.js';
import type { CatalogueStore } from '../../ports/catalogue-store.js';
import { keys } from './key-scheme.js';
import { queryAll, stripKeys } from './query-all.js';

type ItemStore = Omit<
  CatalogueStore,
  'putCounty' | 'listCounties' | 'putTownship' | 'getTownship' | 'listTownships' | 'putOffice' | 'getOffice' | 'listOffices'
>;

/** Item versions (append-only, with a HEAD index record per item) and offering records. */
export function createDynamoCatalogueItemStore(db: DynamoDBDocumentClient, tableName: string): ItemStore {
  const byPrefix = (pk: string, prefix: string) =>
    queryAll(db, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
    });

  const getHead = async (code: string) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.itemHead(code) }));
    return Item ? stripKeys<ItemHead>(Item) : undefined;
  };

  return {
    async listItemHeads(countyId) {
      const items = await queryAll(db, {
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.itemsOfCounty(countyId).gsi1pk },
      });
      return items.map((item) => stripKeys<ItemHead>(item));
    },

    getItemHead: getHead,

    async listVersions(code) {
      const key = keys.itemVersion(code);
      return (await byPrefix(key.pk, key.sk)).map((item) => stripKeys<ItemVersion>(item));
    },

    async getVersion(code, version) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.itemVersion(code, version) }));
      return Item ? stripKeys<ItemVersion>(Item) : undefined;
    },

    async addVersion(version) {
      const head = (await getHead(version.code)) ?? { code: version.code, countyId: version.countyId, latestVersion: 0, versions: [] };
      const next: ItemHead = {
        ...head,
        latestVersion: version.version,
        versions: [...head.versions.filter((v) => v.version !== version.version), await summarize(version)],
      };
      const first = version.version === 1;
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: { ...keys.itemVersion(version.code, version.version), type: 'itemVersion', ...version },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: { ...keys.itemHead(version.code), ...keys.itemsOfCounty(version.countyId, version.code), type: 'itemHead', ...next },
                  // The head's latestVersion is the optimistic lock: it must still be the version this one follows.
                  ConditionExpression: first ? 'attribute_not_exists(pk)' : 'latestVersion = :previous',
                  ...(first ? {} : { ExpressionAttributeValues: { ':previous': version.version - 1 } }),
                },
              },
            ],
          }),
        );
      } catch (error) {
        if (error instanceof TransactionCanceledException) {
          if (first) throw new ItemExistsError(version.code);
          const latest = (await getHead(version.code))?.latestVersion ?? 0;
          throw new ItemVersionConflictError(version.code, latest);
        }
        throw error;
      }
    },

    async listOfferings(code) {
      const key = keys.offering(code);
      const records = (await byPrefix(key.pk, key.sk)).map((item) => stripKeys<OfferingRecord>(item));
      return records.sort((a, b) => a.townshipId.localeCompare(b.townshipId) || a.seq - b.seq);
    },

    async listVersionsAndOfferings(code) {
      // In the item's partition the head (HEAD) sorts first, then OFFERING#…, then VERSION#…: read from the offerings on.
      const items = await queryAll(db, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND sk >= :from',
        ExpressionAttributeValues: { ':pk': keys.itemHead(code).pk, ':from': keys.offering(code).sk },
      });
      const versions = items.filter((i) => String(i.sk).startsWith(keys.itemVersion(code).sk)).map((i) => stripKeys<ItemVersion>(i));
      const offerings = items.filter((i) => String(i.sk).startsWith(keys.offering(code).sk)).map((i) => stripKeys<OfferingRecord>(i));
      return { versions, offerings: offerings.sort((a, b) => a.townshipId.localeCompare(b.townshipId) || a.seq - b.seq) };
    },

    async listOfferingsOfTownship(townshipId) {
      const items = await queryAll(db, {
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.offeringsOfTownship(townshipId).gsi1pk },
      });
      return items.map((item) => stripKeys<OfferingRecord>(item));
    },

    async addOffering(record) {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...keys.offering(record.itemCode, record.townshipId, record.seq),
              ...keys.offeringsOfTownship(record.townshipId, record.itemCode, record.seq),
              type: 'offering',
              ...record,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw new OfferingConflictError(record.itemCode, record.townshipId);
        throw error;
      }
    },
  };
}
