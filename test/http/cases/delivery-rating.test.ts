import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/test-app.js';
import { grantedCase } from './back-office-helpers.js';
import { testClock, type TestApp } from './intake-helpers.js';

describe('results out through the same window, rating and rectification', () => {
  const clock = testClock('2026-03-02T02:00:00.000Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  it('hands the result out at the window, completes the case, and takes one poor rating per channel that the office answers', async () => {
    const { caseId, act } = await grantedCase(t);
    const detail = async (as: string) => (await t.call('GET', `/api/cases/${caseId}`, { as })).body;
    const decided = await detail('clerk');
    // §44: 10 working days from the decision on Monday 2 March.
    expect(decided.case).toMatchObject({ state: 'decided', deliveryDueOn: '2026-03-16' });
    const queue = await t.call('GET', '/api/work/queues/deliver', { as: 'clerk' });
    expect(queue.body.items.map((e: { caseId: string }) => e.caseId)).toContain(caseId);
    expect((await t.call('GET', '/api/work/queues/deliver', { as: 'clerk.baihe' })).body.items.map((e: { caseId: string }) => e.caseId)).not.toContain(caseId);
    expect(decided.allowedActions).toEqual(expect.arrayContaining(['deliver']));
    expect((await act('clerk', 'rate', { grade: 'satisfied' })).body.code).toBe('CASE_WRONG_STATE');

    const bad = await act('clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '', idChecked: true } });
    expect(bad.status).toBe(400);
    const delivered = await act('clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '张明', idChecked: true } });
    expect(delivered.status, delivered.text).toBe(200);
    expect(delivered.body.case).toMatchObject({ state: 'completed', delivery: { method: 'window', recipient: { name: '张明', idChecked: true } } });
    expect((await detail('clerk')).events.slice(-2).map((e: { action: string }) => e.action)).toEqual(['deliver', 'complete']);
    expect((await t.call('GET', '/api/work/queues/deliver', { as: 'clerk' })).body.items.map((e: { caseId: string }) => e.caseId)).not.toContain(caseId);

    // 一事一评 online: once. A poor grade opens a rectification task due in 5 working days.
    const rated = await act('resident', 'rate', { grade: 'dissatisfied', comment: '等待时间太长' });
    expect(rated.status, rated.text).toBe(200);
    expect(rated.body.case.ratings[0]).toMatchObject({
      channel: 'online',
      grade: 'dissatisfied',
      rectification: { officeId: 'qingshi-social', dueOn: '2026-03-09' },
    });
    expect((await act('resident', 'rate', { grade: 'very_satisfied' })).body.code).toBe('ALREADY_RATED');
    // 一次一评 at the counter is another channel.
    expect((await act('clerk', 'rate', { grade: 'satisfied' })).status).toBe(200);
    expect((await act('clerk', 'rate', { grade: 'satisfied' })).body.code).toBe('ALREADY_RATED');

    const tasks = await t.call('GET', '/api/work/queues/rectify', { as: 'reviewer' });
    expect(tasks.body.items.map((e: { caseId: string }) => e.caseId)).toContain(caseId);
    // The row says what to answer and by when.
    expect(tasks.body.items.find((e: { caseId: string }) => e.caseId === caseId).rectification).toMatchObject({
      grade: 'dissatisfied',
      comment: '等待时间太长',
      dueOn: '2026-03-09',
      overdue: false,
    });
    const reply = await act('reviewer', 'reply-rectification', { text: '已优化窗口排队，并电话致歉', contactedApplicant: true });
    expect(reply.status, reply.text).toBe(200);
    const seen = await detail('resident');
    expect(seen.case.ratings[0].rectification.reply).toMatchObject({ text: '已优化窗口排队，并电话致歉', contactedApplicant: true });
    expect((await t.call('GET', '/api/work/queues/rectify', { as: 'reviewer' })).body.items.map((e: { caseId: string }) => e.caseId)).not.toContain(caseId);

    // The office may appeal the poor rating; the county decides; the rating itself never changes.
    expect((await act('approver', 'appeal-rating', { reason: '申请人误评' })).status).toBe(200);
    expect((await act('approver', 'decide-appeal', { upheld: true, decision: 'x' })).status).toBe(403);
    const appeal = await act('supervisor', 'decide-appeal', { upheld: false, decision: '评价属实，驳回申诉' });
    expect(appeal.status, appeal.text).toBe(200);
    expect(appeal.body.case.ratings[0]).toMatchObject({ grade: 'dissatisfied', appeal: { status: 'rejected' } });
  });

  it('delivers electronically when the applicant receives the signed decision, and it verifies', async () => {
    const { caseId, act } = await grantedCase(t);
    expect((await act('resident2', 'receive-electronically')).status).toBe(404);
    const received = await act('resident', 'receive-electronically');
    expect(received.status, received.text).toBe(200);
    expect(received.body.case).toMatchObject({ state: 'completed', delivery: { method: 'electronic' } });
    const decision = await t.call('GET', `/api/cases/${caseId}/decision`, { as: 'resident' });
    expect(decision.body.status).toBe('authentic');
    expect((await t.call('GET', `/api/verify/${decision.body.record.verifyCode}`)).body.status).toBe('authentic');
  });
});
