import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoCaseStore } from '../../../functions/adapters/dynamodb/case-store.js';
import { ConflictError } from '../../../functions/core/errors.js';
import { applyStep } from '../../../functions/core/case/transition.js';
import type { CaseStore } from '../../../functions/ports/case-store.js';
import { createTestTable } from '../../support/dynamo.js';
import { draftCase } from '../../core/case/fixtures.js';

const clerk = { userId: 'u-clerk-qs', role: 'clerk' as const, name: '陈静' };

describe('DynamoDB case store', () => {
  let store: CaseStore;
  beforeAll(async () => {
    const { db, tableName } = await createTestTable();
    store = createDynamoCaseStore(db, tableName);
  });

  it('writes a case and its events together and reads them back in order', async () => {
    const first = applyStep(
      draftCase({ caseId: 'c-a', caseNumber: 'QS-2026-000101', queryCode: 'AAAAAAAAA2' }),
      'submit',
      clerk,
      '2026-03-02T02:00:00.000Z',
      {},
    );
    await store.create(first.after, [first.event]);
    const second = applyStep(first.after, 'record_original', clerk, '2026-03-02T02:05:00.000Z', {});
    await store.update(second.after, first.after.version, [second.event]);
    expect((await store.get('c-a'))?.version).toBe(2);
    expect((await store.events('c-a')).map((e) => e.seq)).toEqual([1, 2]);
    expect((await store.findByQueryCode('AAAAAAAAA2'))?.caseId).toBe('c-a');
    // One read of the partition gives the same snapshot and events as the two reads.
    const both = await store.getWithEvents('c-a');
    expect(both?.case).toEqual(await store.get('c-a'));
    expect(both?.events).toEqual(await store.events('c-a'));
    expect((await store.findByQueryCodeWithEvents('AAAAAAAAA2'))?.events.map((e) => e.seq)).toEqual([1, 2]);
    expect(await store.getWithEvents('no-such-case')).toBeUndefined();
    expect(await store.findByQueryCodeWithEvents('ZZZZZZZZZ2')).toBeUndefined();
  });

  it('refuses a write based on a stale version, and writes none of its events', async () => {
    const first = applyStep(
      draftCase({ caseId: 'c-b', caseNumber: 'QS-2026-000102', queryCode: 'BBBBBBBBB2' }),
      'submit',
      clerk,
      '2026-03-02T02:00:00.000Z',
      {},
    );
    await store.create(first.after, [first.event]);
    const winner = applyStep(first.after, 'record_original', clerk, '2026-03-02T02:05:00.000Z', {});
    const loser = applyStep(first.after, 'withdraw', clerk, '2026-03-02T02:05:01.000Z', {});
    await store.update(winner.after, first.after.version, [winner.event]);
    await expect(store.update(loser.after, first.after.version, [loser.event])).rejects.toBeInstanceOf(ConflictError);
    const events = await store.events('c-b');
    expect(events.map((e) => e.action)).toEqual(['submit', 'record_original']);
  });

  it('refuses a second case with the same number or query code', async () => {
    const one = applyStep(draftCase({ caseId: 'c-c', caseNumber: 'QS-2026-000103', queryCode: 'CCCCCCCCC2' }), 'submit', clerk, '2026-03-02T02:00:00.000Z', {});
    await store.create(one.after, [one.event]);
    const clash = applyStep(
      draftCase({ caseId: 'c-d', caseNumber: 'QS-2026-000104', queryCode: 'CCCCCCCCC2' }),
      'submit',
      clerk,
      '2026-03-02T02:00:00.000Z',
      {},
    );
    await expect(store.create(clash.after, [clash.event])).rejects.toMatchObject({ code: 'CASE_EXISTS' });
    expect(await store.get('c-d')).toBeUndefined();
  });

  it('hands out case-number serials once each, even when asked at the same time', async () => {
    const serials = await Promise.all(Array.from({ length: 20 }, () => store.nextSerial('qingshi', 2031)));
    expect(new Set(serials).size).toBe(20);
    expect(Math.max(...serials)).toBe(20);
  });
});
