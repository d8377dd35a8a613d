import { describe, expect, it } from 'vitest';
import { batchGetAll } from '../../../functions/adapters/dynamodb/batch-get.js';
import { batchWriteAll } from '../../../functions/adapters/dynamodb/batch-write.js';
import { countDynamoCalls } from '../../support/dynamo-call-counter.js';
import { createTestTable } from '../../support/dynamo.js';

describe('batchGetAll', () => {
  it('reads 250 keys in 3 batches, a few at a time, in the order asked, leaving out what is not there', async () => {
    const { db, tableName } = await createTestTable();
    await batchWriteAll(
      db,
      tableName,
      Array.from({ length: 250 }, (_, i) => ({ PutRequest: { Item: { pk: `ITEM#${i}`, sk: 'X', n: i } } })),
    );
    const keys = Array.from({ length: 251 }, (_, i) => ({ pk: `ITEM#${250 - i}`, sk: 'X' }));
    const counter = countDynamoCalls(db);
    const { result, record } = await counter.measure(() => batchGetAll(db, tableName, keys, { consistent: true, parallel: 2 }));
    counter.remove();
    expect(record.calls).toEqual(['BatchGetItem', 'BatchGetItem', 'BatchGetItem']);
    // ITEM#250 was never written.
    expect(result.map((i) => i.n)).toEqual(Array.from({ length: 250 }, (_, i) => 249 - i));
    expect(await batchGetAll(db, tableName, [])).toEqual([]);
  });
});
