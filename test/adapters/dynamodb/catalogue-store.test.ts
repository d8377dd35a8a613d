import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoCatalogueStore } from '../../../functions/adapters/dynamodb/catalogue-store.js';
import { ItemExistsError, ItemVersionConflictError, OfferingConflictError } from '../../../functions/core/catalogue/errors.js';
import type { OfferingRecord } from '../../../functions/core/catalogue/offering.js';
import type { CatalogueStore } from '../../../functions/ports/catalogue-store.js';
import { itemVersion } from '../../core/catalogue/fixtures.js';
import { createTestTable } from '../../support/dynamo.js';

const offering = (townshipId: string, seq: number, action: OfferingRecord['action']): OfferingRecord => ({
  countyId: 'qingshan',
  townshipId,
  itemCode: 'ZR-XK-0001',
  seq,
  action,
  effectiveFrom: '2025-01-01',
  reason: '测试',
  recordedAt: '2025-01-01T00:00:00.000Z',
  recordedBy: 'u-admin',
});

describe('DynamoDB catalogue store', () => {
  let store: CatalogueStore;
  beforeAll(async () => {
    const { db, tableName } = await createTestTable('catalogue');
    store = createDynamoCatalogueStore(db, tableName);
    await store.addVersion(itemVersion({ version: 1 }));
  });

  it('reads back versions in order and keeps a summary of each in the head', async () => {
    await store.addVersion(itemVersion({ version: 2, effectiveFrom: '2026-07-01', promisedLimitDays: 10 }));
    expect((await store.listVersions('ZR-XK-0001')).map((v) => v.version)).toEqual([1, 2]);
    expect((await store.getVersion('ZR-XK-0001', 2))?.promisedLimitDays).toBe(10);
    const head = await store.getItemHead('ZR-XK-0001');
    expect(head).toMatchObject({ code: 'ZR-XK-0001', countyId: 'qingshan', latestVersion: 2 });
    expect(head?.versions.map((v) => [v.version, v.promisedLimitDays])).toEqual([
      [1, 15],
      [2, 10],
    ]);
    expect((await store.listItemHeads('qingshan')).map((h) => h.code)).toEqual(['ZR-XK-0001']);
    expect(await store.listItemHeads('elsewhere')).toEqual([]);
  });

  it('lets only one of two concurrent writers add the next version', async () => {
    const results = await Promise.allSettled([
      store.addVersion(itemVersion({ version: 3, effectiveFrom: '2026-08-01', changeNote: 'A' })),
      store.addVersion(itemVersion({ version: 3, effectiveFrom: '2026-08-01', changeNote: 'B' })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(ItemVersionConflictError);
    expect((await store.listVersions('ZR-XK-0001')).map((v) => v.version)).toEqual([1, 2, 3]);
  });

  it('refuses a version that skips ahead, and a second version 1', async () => {
    await expect(store.addVersion(itemVersion({ version: 9 }))).rejects.toBeInstanceOf(ItemVersionConflictError);
    await expect(store.addVersion(itemVersion({ version: 1 }))).rejects.toBeInstanceOf(ItemExistsError);
  });

  it('appends offering records and refuses a second record with the same number', async () => {
    await store.addOffering(offering('qingshi', 1, 'grant'));
    await store.addOffering(offering('qingshi', 2, 'recall'));
    await store.addOffering(offering('baihe', 1, 'grant'));
    await expect(store.addOffering(offering('qingshi', 2, 'entrust'))).rejects.toBeInstanceOf(OfferingConflictError);
    expect((await store.listOfferings('ZR-XK-0001')).map((o) => `${o.townshipId}:${o.seq}:${o.action}`)).toEqual([
      'baihe:1:grant',
      'qingshi:1:grant',
      'qingshi:2:recall',
    ]);
    expect((await store.listOfferingsOfTownship('qingshi')).map((o) => o.seq)).toEqual([1, 2]);
    // One read of the item's partition gives the same versions and offerings as the two lists.
    const both = await store.listVersionsAndOfferings('ZR-XK-0001');
    expect(both.offerings).toEqual(await store.listOfferings('ZR-XK-0001'));
    expect(both.versions).toEqual(await store.listVersions('ZR-XK-0001'));
    expect(both.versions.length).toBeGreaterThan(0);
    expect(await store.listVersionsAndOfferings('NO-SUCH-ITEM')).toEqual({ versions: [], offerings: [] });
  });

  it('keeps counties, townships and offices', async () => {
    await store.putCounty({ id: 'qingshan', name: { 'zh-CN': '青山县', en: 'Qingshan County' } });
    await store.putTownship({ id: 'qingshi', countyId: 'qingshan', code: 'QS', name: { 'zh-CN': '青石镇', en: 'Qingshi Town' } });
    await store.putOffice({ id: 'county-amr', countyId: 'qingshan', kind: 'county_department', name: { 'zh-CN': '市场监管局', en: 'AMR' } });
    expect((await store.listCounties()).map((c) => c.id)).toEqual(['qingshan']);
    expect((await store.getTownship('qingshi'))?.code).toBe('QS');
    expect((await store.listTownships('qingshan')).map((t) => t.id)).toEqual(['qingshi']);
    expect((await store.getOffice('county-amr'))?.kind).toBe('county_department');
    expect((await store.listOffices('qingshan')).map((o) => o.id)).toEqual(['county-amr']);
  });
});
