import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Office, Township } from '../../core/catalogue/office.js';
import type { CatalogueStore, County } from '../../ports/catalogue-store.js';
import { keys } from './key-scheme.js';
import { queryAll, stripKeys } from './query-all.js';

type ReferenceStore = Pick<
  CatalogueStore,
  'putCounty' | 'listCounties' | 'putTownship' | 'getTownship' | 'listTownships' | 'putOffice' | 'getOffice' | 'listOffices'
>;

/** Counties, townships and offices: small reference data, written by seeding and administrators. */
export function createDynamoCatalogueReferenceStore(db: DynamoDBDocumentClient, tableName: string): ReferenceStore {
  const get = async <T>(key: { pk: string; sk: string }) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: key }));
    return Item ? stripKeys<T>(Item) : undefined;
  };
  const byGsi1 = async <T>(gsi1pk: string) =>
    (
      await queryAll(db, {
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': gsi1pk },
      })
    ).map((item) => stripKeys<T>(item));
  const put = (item: Record<string, unknown>) => db.send(new PutCommand({ TableName: tableName, Item: item }));

  return {
    async putCounty(county) {
      await put({ ...keys.county(county.id), ...keys.countiesIndex(county.id), type: 'county', ...county });
    },
    listCounties: () => byGsi1<County>(keys.countiesIndex('').gsi1pk),
    async putTownship(township) {
      await put({ ...keys.township(township.id), ...keys.townshipsOfCounty(township.countyId, township.id), type: 'township', ...township });
    },
    getTownship: (id) => get<Township>(keys.township(id)),
    listTownships: (countyId) => byGsi1<Township>(keys.townshipsOfCounty(countyId).gsi1pk),
    async putOffice(office) {
      await put({ ...keys.office(office.id), ...keys.officesOfCounty(office.countyId, office.id), type: 'office', ...office });
    },
    getOffice: (id) => get<Office>(keys.office(id)),
    listOffices: (countyId) => byGsi1<Office>(keys.officesOfCounty(countyId).gsi1pk),
  };
}
