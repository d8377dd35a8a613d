import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/test-app.js';
import { caseActor } from '../cases/back-office-helpers.js';
import { newKey, submitOldAgeAllowance, testClock, type TestApp } from '../cases/intake-helpers.js';

/** The case's order list tells each caller what it may do to each order, and the supervisor what it may issue on. */
describe('supervision orders on a case: allowedSteps and the grounds to issue on', () => {
  const clock = testClock('2026-03-02T02:00:00.000Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  const post = (as: string, path: string, body: Record<string, unknown>) => t.call('POST', path, { as, headers: { 'idempotency-key': newKey() }, body });
  const versionOf = async (caseId: string) => (await t.call('GET', `/api/cases/${caseId}`, { as: 'supervisor' })).body.case.version as number;
  const listed = (as: string, caseId: string) => t.call('GET', `/api/cases/${caseId}/supervision-orders`, { as });

  it('offers reply to the office on an open order, close/escalate to the supervisor once replied, nothing once closed', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const submitted = await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] });
    const caseId = submitted.body.case.caseId as string;
    const { act } = caseActor(t, caseId, submitted.body.case.version);
    expect((await act('clerk', 'accept', { deferred: [] })).status).toBe(200);

    // On time: the supervisor may issue (the one gate says so) but no ground holds yet; the office is not offered issuing.
    clock.set('2026-03-03T02:00:00.000Z');
    expect((await listed('supervisor', caseId)).body).toEqual({ items: [], issue: { cardNow: 'none', grounds: [], officeId: 'qingshi-social' } });
    expect((await listed('reviewer', caseId)).body).toEqual({ items: [] });

    // Red on 11 March: the ground is offered, and an order on it is accepted.
    clock.set('2026-03-11T02:00:00.000Z');
    const offered = (await listed('supervisor', caseId)).body.issue;
    expect(offered).toMatchObject({ cardNow: 'red', officeId: 'qingshi-social' });
    expect(offered.grounds).toContain('red_card');
    const orders = `/api/cases/${caseId}/supervision-orders`;
    const issued = await post('supervisor', orders, { version: await versionOf(caseId), ground: 'red_card', instructions: '请说明超期原因' });
    expect(issued.status, issued.text).toBe(201);
    // Without replyDays: the default 5 working days after Wednesday 11 March.
    expect(issued.body.order).toMatchObject({ replyDays: 5, replyDueOn: '2026-03-18' });
    const { orderId } = issued.body.order;

    const stepsOf = async (as: string) => (await listed(as, caseId)).body.items.map((o: { allowedSteps: string[] }) => o.allowedSteps);
    expect(await stepsOf('reviewer')).toEqual([['reply']]);
    expect(await stepsOf('approver')).toEqual([['reply']]);
    expect(await stepsOf('supervisor')).toEqual([[]]);
    expect(await stepsOf('clerk')).toEqual([[]]);

    const replied = await post('reviewer', `${orders}/${orderId}/reply`, {
      version: await versionOf(caseId),
      whatHappened: '等待比对结果',
      measures: '已协调加急',
      byDate: '2026-03-13',
    });
    expect(replied.status, replied.text).toBe(200);
    expect(await stepsOf('reviewer')).toEqual([[]]);
    expect(await stepsOf('supervisor')).toEqual([['close', 'escalate']]);

    expect((await post('supervisor', `${orders}/${orderId}/close`, { version: await versionOf(caseId), note: '同意' })).status).toBe(200);
    expect(await stepsOf('supervisor')).toEqual([[]]);
    expect(await stepsOf('reviewer')).toEqual([[]]);
  });
});
