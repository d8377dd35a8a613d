import { describe, expect, it } from 'vitest';
import { createDynamoAccountStore } from '../../functions/adapters/dynamodb/account-store.js';
import { createDynamoCalendarStore } from '../../functions/adapters/dynamodb/calendar-store.js';
import { createDynamoCatalogueStore } from '../../functions/adapters/dynamodb/catalogue-store.js';
import { DEMO_ITEM_CODES, DEMO_ITEM_VERSIONS } from '../../functions/demo/catalogue.js';
import { seedDemoData } from '../../functions/demo/seed.js';
import { createTestTable } from '../support/dynamo.js';

describe('seedDemoData', () => {
  it('is idempotent and leaves an administrator’s later versions alone', async () => {
    const { db, tableName } = await createTestTable('seed');
    const targets = {
      accounts: createDynamoAccountStore(db, tableName),
      calendars: createDynamoCalendarStore(db, tableName),
      catalogue: createDynamoCatalogueStore(db, tableName),
    };
    await seedDemoData(targets);

    const dibao = DEMO_ITEM_VERSIONS.filter((v) => v.code === 'MZ-JF-0001').at(-1)!;
    await targets.catalogue.addVersion({ ...dibao, version: dibao.version + 1, effectiveFrom: '2027-01-01', changeNote: '管理员修改' });
    const offeringsBefore = await targets.catalogue.listOfferings('ZR-XK-0002');

    await seedDemoData(targets);

    const heads = await targets.catalogue.listItemHeads('qingshan');
    expect(heads).toHaveLength(DEMO_ITEM_CODES.length);
    const versions = await targets.catalogue.listVersions('MZ-JF-0001');
    expect(versions.map((v) => v.changeNote).at(-1)).toBe('管理员修改');
    expect(versions).toHaveLength(dibao.version + 1);
    expect(await targets.catalogue.listOfferings('ZR-XK-0002')).toEqual(offeringsBefore);
    expect(await targets.catalogue.listTownships('qingshan')).toHaveLength(3);
  });
});
