import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseKeys } from '../../../functions/adapters/dynamodb/key-scheme.js';
import { createTestApp } from '../../support/test-app.js';
import { APPLICANT, newKey, submitOldAgeAllowance, testClock, upload, type TestApp } from './intake-helpers.js';

describe('intake safety: idempotency, concurrency, tenancy, audit', () => {
  const clock = testClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  it('creates one case for a retried submission and replays the same answer', async () => {
    const key = newKey();
    const body = {
      itemCode: 'MZ-GG-0003',
      townshipId: 'qingshi',
      answers: APPLICANT,
      materials: [
        { materialId: 'idCard', fileIds: [await upload(t, 'resident2')] },
        { materialId: 'hukou', fileIds: [await upload(t, 'resident2')] },
      ],
    };
    const first = await t.call('POST', '/api/cases', { as: 'resident2', headers: { 'idempotency-key': key }, body });
    const retry = await t.call('POST', '/api/cases', { as: 'resident2', headers: { 'idempotency-key': key }, body });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.case.caseId).toBe(first.body.case.caseId);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    const mine = await t.call('GET', '/api/cases', { as: 'resident2' });
    expect(mine.body.items.filter((i: { caseNumber: string }) => i.caseNumber === first.body.case.caseNumber)).toHaveLength(1);
    expect(mine.body.items).toHaveLength(1);

    const reused = await t.call('POST', '/api/cases', {
      as: 'resident2',
      headers: { 'idempotency-key': key },
      body: { ...body, answers: { ...APPLICANT, address: '别处' } },
    });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('lets only one of two clerks acting on the same version win; the other gets 409', async () => {
    const c = (await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case;
    const [a, b] = await Promise.all([
      t.call('POST', `/api/cases/${c.caseId}/accept`, { as: 'clerk', body: { version: c.version } }),
      t.call('POST', `/api/cases/${c.caseId}/correction`, { as: 'clerk', body: { version: c.version, items: [{ problem: '身份证复印件不清晰' }] } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toBe('VERSION_CONFLICT');
    const audit = await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' });
    expect(audit.body.verdict).toEqual({ ok: true, events: 2 });
  });

  it('refuses an action the state does not allow (422) and a stale version (409)', async () => {
    const c = (await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case;
    const accepted = await t.call('POST', `/api/cases/${c.caseId}/accept`, { as: 'clerk', body: { version: c.version } });
    expect(accepted.status).toBe(200);
    const again = await t.call('POST', `/api/cases/${c.caseId}/accept`, { as: 'clerk', body: { version: accepted.body.case.version } });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('CASE_WRONG_STATE');
    const stale = await t.call('POST', `/api/cases/${c.caseId}/withdraw`, { as: 'resident', body: { version: c.version, reason: '不办了' } });
    expect(stale.status).toBe(409);
  });

  it("hides one township's and one resident's cases from the others", async () => {
    const c = (await submitOldAgeAllowance(t, 'resident')).body.case;
    for (const who of ['clerk.baihe', 'resident2']) {
      expect((await t.call('GET', `/api/cases/${c.caseId}`, { as: who })).status).toBe(404);
    }
    const act = await t.call('POST', `/api/cases/${c.caseId}/correction`, { as: 'clerk.baihe', body: { version: c.version, items: [{ problem: 'x' }] } });
    expect(act.status).toBe(404);
    const notice = await t.call('GET', `/api/cases/${c.caseId}/notices/acceptance`, { as: 'resident2' });
    expect(notice.status).toBe(404);
    const baiheQueue = await t.call('GET', '/api/cases', { as: 'clerk.baihe' });
    expect(baiheQueue.body.items.map((i: { caseId: string }) => i.caseId)).not.toContain(c.caseId);
    expect((await t.call('GET', `/api/cases/${c.caseId}`, { as: 'clerk' })).status).toBe(200);
    expect((await t.call('GET', `/api/cases/${c.caseId}`)).status).toBe(401);
    // A resident cannot act as the counter.
    const residentAccept = await t.call('POST', `/api/cases/${c.caseId}/accept`, { as: 'resident', body: { version: c.version } });
    expect(residentAccept.status).toBe(403);
  });

  it('lets the supervisor detect an edited event', async () => {
    const c = (await submitOldAgeAllowance(t, 'resident')).body.case;
    await t.db.send(
      new UpdateCommand({
        TableName: t.tableName,
        Key: caseKeys.event(c.caseId, 1),
        UpdateExpression: 'SET #at = :at',
        ExpressionAttributeNames: { '#at': 'at' },
        ExpressionAttributeValues: { ':at': '2026-01-01T00:00:00.000Z' },
      }),
    );
    const audit = await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' });
    expect(audit.status).toBe(200);
    expect(audit.body.verdict).toEqual({ ok: false, seq: 1, problem: 'edited' });
    expect((await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'resident' })).status).toBe(403);
  });

  it('detects an event moved to another township or county (the scope is inside the hash)', async () => {
    const c = (await submitOldAgeAllowance(t, 'resident')).body.case;
    const fresh = await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' });
    expect(fresh.body.verdict).toEqual({ ok: true, events: 1 });
    const moves: [string, string][] = [
      ['townshipId', 'baihe'],
      ['countyId', 'other-county'],
    ];
    for (const [field, value] of moves) {
      await t.db.send(
        new UpdateCommand({
          TableName: t.tableName,
          Key: caseKeys.event(c.caseId, 1),
          UpdateExpression: 'SET #scope.#f = :v',
          ExpressionAttributeNames: { '#scope': 'scope', '#f': field },
          ExpressionAttributeValues: { ':v': value },
        }),
      );
      const audit = await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' });
      expect(audit.body.verdict).toEqual({ ok: false, seq: 1, problem: 'edited' });
    }
  });
});
