import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoStatsStore } from '../../../functions/adapters/dynamodb/stats-store.js';
import type { StatsStore } from '../../../functions/ports/stats-store.js';
import { countDynamoCalls } from '../../support/dynamo-call-counter.js';
import { createTestTable } from '../../support/dynamo.js';

describe('DynamoDB stats store', () => {
  let store: StatsStore;
  let counter: ReturnType<typeof countDynamoCalls>;
  beforeAll(async () => {
    const { db, tableName } = await createTestTable();
    store = createDynamoStatsStore(db, tableName);
    counter = countDynamoCalls(db);
  });

  const counters = async () => {
    const { days, now } = await store.read('qingshan', '2026-01-01', '2026-12-31');
    return Object.fromEntries([...days, ...now].flatMap((b) => Object.entries(b.counters).map(([name, n]) => [`${b.bucket}|${name}`, n])));
  };

  it('writes nothing for a version that counts as the case was last counted, and stays right through replays', async () => {
    const received = ['2026-03-02#qingshi#qingshi-social#MZ-GG-0003|received', 'NOW#qingshi#qingshi-social#MZ-GG-0003|open'];
    const accepted = [...received, '2026-03-03#qingshi#qingshi-social#MZ-GG-0003|accepted'];
    expect(await store.recordCase('qingshan', 'c1', 1, received)).toBe('counted');
    // Version 2 (taken by a reviewer, say) moves no figure: one read, no write.
    const { result, record } = await counter.measure(() => store.recordCase('qingshan', 'c1', 2, [...received].reverse()));
    expect(result).toBe('unchanged');
    expect(record.calls).toEqual(['GetItem']);
    expect(await store.recordCase('qingshan', 'c1', 3, accepted)).toBe('counted');
    // Replays of the skipped and the counted versions add nothing.
    expect(await store.recordCase('qingshan', 'c1', 2, received)).toBe('stale');
    expect(await store.recordCase('qingshan', 'c1', 3, accepted)).toBe('stale');
    expect(await counters()).toEqual({
      '2026-03-02#qingshi#qingshi-social#MZ-GG-0003|received': 1,
      'NOW#qingshi#qingshi-social#MZ-GG-0003|open': 1,
      '2026-03-03#qingshi#qingshi-social#MZ-GG-0003|accepted': 1,
    });
  });
});
