import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/test-app.js';
import { caseActor, grantedCase } from '../cases/back-office-helpers.js';
import { newKey, submitOldAgeAllowance, testClock, type TestApp } from '../cases/intake-helpers.js';

describe('supervision orders (督办单) over HTTP on DynamoDB Local', () => {
  const clock = testClock('2026-03-02T02:00:00.000Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  const post = (as: string, path: string, body: Record<string, unknown>) => t.call('POST', path, { as, headers: { 'idempotency-key': newKey() }, body });
  const versionOf = async (caseId: string) => (await t.call('GET', `/api/cases/${caseId}`, { as: 'supervisor' })).body.case.version as number;

  it('issues an order on a red case only, the office answers it late (flagged), the supervisor closes it; all on the case record', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const submitted = await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] });
    const caseId = submitted.body.case.caseId as string;
    const { act } = caseActor(t, caseId, submitted.body.case.version);
    expect((await act('clerk', 'accept', { deferred: [] })).status).toBe(200);
    expect((await act('reviewer', 'take')).status).toBe(200);
    const orders = `/api/cases/${caseId}/supervision-orders`;

    // Day 1 of 5: no card, nothing to supervise on.
    clock.set('2026-03-03T02:00:00.000Z');
    const early = await post('supervisor', orders, { version: await versionOf(caseId), ground: 'red_card', instructions: '请说明超期原因' });
    expect(early.status, early.text).toBe(422);
    expect(early.body.code).toBe('NO_SUPERVISION_GROUND');

    // Promised due Monday 9 March; on Wednesday 11 March the case is red.
    clock.set('2026-03-11T02:00:00.000Z');
    expect((await post('clerk', orders, { version: await versionOf(caseId), ground: 'red_card', instructions: 'x' })).status).toBe(403);
    expect((await post('supervisor', orders, { version: await versionOf(caseId), ground: 'red_card', instructions: '', replyDays: 3 })).status).toBe(400);
    const issued = await post('supervisor', orders, {
      version: await versionOf(caseId),
      ground: 'red_card',
      instructions: '请说明超期原因并限期办结',
      replyDays: 3,
    });
    expect(issued.status, issued.text).toBe(201);
    const order = issued.body.order;
    // 3 working days after Wednesday 11 March.
    expect(order).toMatchObject({ status: 'open', ground: 'red_card', cardAtIssue: 'red', officeId: 'qingshi-social', replyDueOn: '2026-03-16', caseId });
    expect(issued.body.case.supervisionOrders).toEqual([{ orderId: order.orderId, status: 'open', replyDueOn: '2026-03-16' }]);

    // Listed for the county and for the office it is addressed to, not for another office.
    const ids = (res: { body: { items: { orderId: string }[] } }) => res.body.items.map((o) => o.orderId);
    expect(ids(await t.call('GET', '/api/supervision-orders', { as: 'supervisor' }))).toContain(order.orderId);
    expect(ids(await t.call('GET', '/api/supervision-orders?status=open', { as: 'reviewer' }))).toContain(order.orderId);
    expect(ids(await t.call('GET', '/api/supervision-orders', { as: 'reviewer.econ' }))).not.toContain(order.orderId);
    expect((await t.call('GET', '/api/supervision-orders', { as: 'resident' })).status).toBe(403);
    expect((await t.call('GET', '/api/supervision-orders?status=bogus', { as: 'supervisor' })).status).toBe(400);
    expect((await t.call('GET', orders, { as: 'clerk.baihe' })).status).toBe(404);

    // Tuesday 17 March: the reply is overdue, and the lists say so.
    clock.set('2026-03-17T02:00:00.000Z');
    const overdue = await t.call('GET', '/api/supervision-orders?overdue=true', { as: 'supervisor' });
    expect(overdue.body.items.find((o: { orderId: string }) => o.orderId === order.orderId)).toMatchObject({ replyOverdue: true });
    expect((await post('supervisor', `${orders}/${order.orderId}/close`, { version: await versionOf(caseId), note: '好' })).body.code).toBe(
      'NO_SUPERVISION_REPLY',
    );

    const replied = await post('reviewer', `${orders}/${order.orderId}/reply`, {
      version: await versionOf(caseId),
      whatHappened: '材料核查等待民政系统比对结果',
      measures: '已协调县民政局加急比对',
      byDate: '2026-03-20',
    });
    expect(replied.status, replied.text).toBe(200);
    expect(replied.body.order).toMatchObject({ status: 'replied', reply: { byDate: '2026-03-20', late: true, by: { name: '赵磊' } } });
    expect(
      (await post('reviewer', `${orders}/${order.orderId}/reply`, { version: await versionOf(caseId), whatHappened: 'a', measures: 'b', byDate: '2026-03-20' }))
        .body.code,
    ).toBe('NO_OPEN_SUPERVISION_ORDER');
    expect((await post('reviewer', `${orders}/${order.orderId}/close`, { version: await versionOf(caseId), note: 'x' })).status).toBe(403);

    const closed = await post('supervisor', `${orders}/${order.orderId}/close`, { version: await versionOf(caseId), note: '答复属实，督促按期办结' });
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body.order).toMatchObject({ status: 'closed', closure: { note: '答复属实，督促按期办结' }, version: 3 });
    expect(closed.body.case.supervisionOrders[0].status).toBe('closed');

    const detail = await t.call('GET', `/api/cases/${caseId}`, { as: 'reviewer' });
    expect(detail.body.events.map((e: { action: string }) => e.action).slice(-3)).toEqual([
      'issue_supervision_order',
      'reply_supervision_order',
      'close_supervision_order',
    ]);
    expect((await t.call('GET', `/api/cases/${caseId}/audit`, { as: 'supervisor' })).body.verdict).toMatchObject({ ok: true });
    const onCase = await t.call('GET', orders, { as: 'reviewer' });
    expect(onCase.body.items).toEqual([expect.objectContaining({ orderId: order.orderId, status: 'closed', replyOverdue: false })]);
  });

  it('supervises a poor rating after completion and escalates an unsatisfying answer', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const { caseId, act } = await grantedCase(t);
    expect((await act('clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '张明', idChecked: true } })).status).toBe(200);
    const orders = `/api/cases/${caseId}/supervision-orders`;
    const none = await post('supervisor', orders, { version: await versionOf(caseId), ground: 'poor_rating', instructions: '核查差评' });
    expect(none.body.code).toBe('NO_SUPERVISION_GROUND');
    expect((await act('resident', 'rate', { grade: 'very_dissatisfied', comment: '态度差' })).status).toBe(200);

    const issued = await post('supervisor', orders, { version: await versionOf(caseId), ground: 'poor_rating', instructions: '核查差评并整改', replyDays: 5 });
    expect(issued.status, issued.text).toBe(201);
    const { orderId } = issued.body.order;
    expect(
      (
        await post('approver', `${orders}/${orderId}/reply`, {
          version: await versionOf(caseId),
          whatHappened: '窗口人员态度问题',
          measures: '已批评教育',
          byDate: '2026-03-05',
        })
      ).status,
    ).toBe(200);
    const escalated = await post('supervisor', `${orders}/${orderId}/escalate`, {
      version: await versionOf(caseId),
      note: '整改措施不具体，报县政务服务中心主任',
    });
    expect(escalated.status, escalated.text).toBe(200);
    expect(escalated.body.order).toMatchObject({ status: 'escalated', escalation: { note: '整改措施不具体，报县政务服务中心主任' } });
    // A stale version is a conflict, like every case write.
    expect((await post('supervisor', orders, { version: 1, ground: 'poor_rating', instructions: '再次督办' })).status).toBe(409);
  });
});
