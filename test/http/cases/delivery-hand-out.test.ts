import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/test-app.js';
import { grantedCase } from './back-office-helpers.js';
import { testClock, type TestApp } from './intake-helpers.js';

/** The counter's side of 统一窗口出件: what the "to hand out" queue says, and the day of delivery. */
describe('results to hand out at the counter', () => {
  // Monday 2 March 2026, 10:00 in China.
  const clock = testClock('2026-03-02T02:00:00.000Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });
  const entryOf = async (caseId: string) =>
    (await t.call('GET', '/api/work/queues/deliver', { as: 'clerk' })).body.items.find((e: { caseId: string }) => e.caseId === caseId);

  it('lists each decided case with its decision and its §44 limit, read on the calendar now (masked applicant)', async () => {
    const { caseId } = await grantedCase(t);
    const fresh = await entryOf(caseId);
    expect(fresh).toMatchObject({
      state: 'decided',
      decision: { outcome: 'grant', decidedOn: '2026-03-02' },
      delivery: { dueOn: '2026-03-16', workingDaysLeft: 10, card: 'none' },
    });
    expect(fresh.decision.documentNumber).toMatch(/\S/);
    expect(fresh.applicant.phone).toContain('*');
    expect(JSON.stringify(fresh)).not.toMatch(/\d{17}[\dX]/);
    clock.set('2026-03-12T02:00:00.000Z'); // Thursday: Friday and Monday left
    expect((await entryOf(caseId)).delivery).toEqual({ dueOn: '2026-03-16', workingDaysLeft: 2, card: 'yellow' });
    clock.set('2026-03-17T02:00:00.000Z');
    expect((await entryOf(caseId)).delivery).toEqual({ dueOn: '2026-03-16', workingDaysLeft: 0, card: 'red' });
    clock.set('2026-03-02T02:00:00.000Z');
  });

  it('records the day of a hand-over the clerk enters later, between the decision and today, and refuses another day', async () => {
    const { caseId, act } = await grantedCase(t);
    clock.set('2026-03-04T02:00:00.000Z');
    const window = { method: 'window', recipient: { kind: 'authorised', name: '李四', idChecked: true } };
    const future = await act('clerk', 'deliver', { ...window, on: '2026-03-05' });
    expect(future.status).toBe(400);
    expect(future.body.issues).toEqual([expect.objectContaining({ path: 'on', message: '送达日期不能早于决定日期，也不能晚于今天' })]);
    expect((await act('clerk', 'deliver', { ...window, on: '2026-02-27' })).status).toBe(400);
    const done = await act('clerk', 'deliver', { ...window, on: '2026-03-03' });
    expect(done.status, done.text).toBe(200);
    expect(done.body.case).toMatchObject({
      state: 'completed',
      delivery: { method: 'window', on: '2026-03-03', recipient: { kind: 'authorised', name: '李四' } },
    });
    clock.set('2026-03-02T02:00:00.000Z');
  });

  it('records the post on today’s date when no day is given', async () => {
    const { caseId, act } = await grantedCase(t);
    const posted = await act('clerk', 'deliver', { method: 'post', carrier: '中国邮政 EMS', trackingNumber: '1234567890123' });
    expect(posted.status, posted.text).toBe(200);
    expect(posted.body.case).toMatchObject({ state: 'completed', delivery: { method: 'post', on: '2026-03-02', carrier: '中国邮政 EMS' } });
    expect(await entryOf(caseId)).toBeUndefined();
  });
});
