import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoCaseStore } from '../../functions/adapters/dynamodb/case-store.js';
import { createDynamoIdempotencyStore } from '../../functions/adapters/dynamodb/idempotency-store.js';
import type { AppEnv } from '../../functions/http/app-env.js';
import { handleError } from '../../functions/http/error-handler.js';
import { idempotency } from '../../functions/http/idempotency.js';
import { draftCase } from '../core/case/fixtures.js';
import { createTestTable } from '../support/dynamo.js';
import type { Case } from '../../functions/core/case/case.js';
import { countDynamoCalls } from '../support/dynamo-call-counter.js';
import { createTestApp } from '../support/test-app.js';
import { APPLICANT, newKey, submitOldAgeAllowance, testClock, upload, type TestApp } from './cases/intake-helpers.js';

/** Case writes carry their idempotency record in their own transaction (issue 12): same promises, fewer calls. */
let t: TestApp;
let counter: ReturnType<typeof countDynamoCalls>;
const clock = testClock();

beforeAll(async () => {
  t = await createTestApp({ now: clock.now });
  counter = countDynamoCalls(t.db);
});

const accept = (c: Case, key: string, version = c.version) =>
  t.call('POST', `/api/cases/${c.caseId}/accept`, { as: 'clerk', headers: { 'idempotency-key': key }, body: { version, deferred: [] } });

describe('idempotency inside the case write', () => {
  it('writes no record of its own: the accept is one read of the case and one transaction', async () => {
    const c = (await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case as Case;
    const key = newKey();
    const { result, targets } = await counter.measure(() => accept(c, key));
    expect(result.status, result.text).toBe(200);
    expect(targets.map((x) => x.split(' ')[0])).toEqual(['GetItem', 'TransactWriteItems']);
    expect(targets[0]).toContain(`CASE#${c.caseId}`);
    expect(targets[1]).toContain('Put IDEMPOTENCY#u-clerk-qs#');

    // The retry is refused by the case's version (it moved on), and only then reads the key: it
    // gets the stored answer, byte for byte, and writes nothing.
    const retry = await counter.measure(() => accept(c, key));
    expect(retry.result.status).toBe(200);
    expect(retry.result.headers.get('idempotency-replayed')).toBe('true');
    expect(retry.result.text).toBe(result.text);
    expect(retry.record.calls).toEqual(['GetItem', 'GetItem']);
    expect(retry.targets[1]).toContain('IDEMPOTENCY#u-clerk-qs#');

    // The same key with another body is refused.
    const reused = await accept(c, key, c.version + 5);
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('keeps a refusal for its retry too', async () => {
    const c = (await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case as Case;
    const key = newKey();
    const stale = await accept(c, key, c.version + 1);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const retry = await accept(c, key, c.version + 1);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(retry.text).toBe(stale.text);
  });

  it('two identical submissions at once make one case; the twin is told it is in progress, or gets the answer', async () => {
    const before = (await t.call('GET', '/api/cases', { as: 'resident' })).body.items.length as number;
    const materials: { materialId: string; fileIds: string[] }[] = [];
    for (const materialId of ['idCard', 'hukou']) materials.push({ materialId, fileIds: [await upload(t, 'resident')] });
    const key = newKey();
    const send = () =>
      t.call('POST', '/api/cases', {
        as: 'resident',
        headers: { 'idempotency-key': key },
        body: { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers: APPLICANT, materials },
      });
    const twins = await Promise.all([send(), send()]);
    const statuses = twins.map((r) => r.status).sort();
    expect([JSON.stringify([201, 201]), JSON.stringify([201, 409])]).toContain(JSON.stringify(statuses));
    for (const r of twins.filter((x) => x.status === 409)) expect(r.body.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    expect((await t.call('GET', '/api/cases', { as: 'resident' })).body.items.length).toBe(before + 1);
    // Once one has finished, a retry gets its answer.
    const later = await send();
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotency-replayed')).toBe('true');
    expect(later.body.case.caseId).toBe(twins.find((r) => r.status === 201)!.body.case.caseId);
  });

  it('keeps the answer the route really gave when it is not the case the transaction kept', async () => {
    const { db, tableName } = await createTestTable();
    const cases = createDynamoCaseStore(db, tableName);
    const app = new Hono<AppEnv>();
    app.onError(handleError);
    app.use('/api/*', idempotency(createDynamoIdempotencyStore(db, tableName), clock.now));
    let runs = 0;
    app.post('/api/cases', async (c) => {
      runs++;
      const created = draftCase({ caseId: `c-${runs}`, caseNumber: `QS-2026-00090${runs}`, queryCode: `QQQQQQQQQ${runs + 1}` });
      await cases.create(created, []);
      return c.json({ case: created, note: 'more than the case' }, 201);
    });
    const local = countDynamoCalls(db);
    const send = async () => app.request('/api/cases', { method: 'POST', headers: { 'idempotency-key': 'key-of-the-odd-route' }, body: '{}' });
    const first = await local.measure(send);
    expect(first.result.status).toBe(201);
    // The read, the case's transaction with the record, then the real answer put over it.
    expect(first.record.calls).toEqual(['GetItem', 'TransactWriteItems', 'PutItem']);
    // A submission's retry runs while its key is read; its case write is refused by the kept record.
    const retry = await send();
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(((await retry.json()) as { note?: string }).note).toBe('more than the case');
    expect(await cases.get('c-2')).toBeUndefined();
  });

  it('a submission reads its key once (beside its own reads), and a retry draws no second case number', async () => {
    const key = newKey();
    const body = { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers: APPLICANT, originalsChecked: ['idCard', 'hukou', 'bankCard'] };
    const submit = () => t.call('POST', '/api/cases', { as: 'clerk', headers: { 'idempotency-key': key }, body });
    const first = await counter.measure(submit);
    expect(first.result.status, first.result.text).toBe(201);
    expect(first.record.calls.filter((x) => x === 'GetItem')).toHaveLength(1);
    const serial = async () =>
      (
        await t.db.send(
          new GetCommand({ TableName: t.tableName, Key: { pk: `SERIAL#qingshi#${first.result.body.case.caseNumber.split('-')[1]}`, sk: 'SERIAL' } }),
        )
      ).Item?.serial;
    const drawn = await serial();
    const retry = await counter.measure(submit);
    expect(retry.result.status).toBe(201);
    expect(retry.result.headers.get('idempotency-replayed')).toBe('true');
    expect(retry.result.text).toBe(first.result.text);
    expect(retry.targets.filter((x) => x.includes('SERIAL#'))).toEqual([]);
    expect(await serial()).toBe(drawn);
  });
});
