import { beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../../../web/src/api/client.js';
import { getOfficeCase, listWorkQueue, runAction, whatIfDueDate } from '../../../web/src/api/office.js';
import { createTestApp } from '../../support/test-app.js';
import { submitOldAgeAllowance, testClock, type TestApp } from '../../http/cases/intake-helpers.js';

// The back office's calls against the real API (in process, DynamoDB Local, demo data), on 2 March 2026.
describe('back-office API client', () => {
  const clock = testClock();
  let t: TestApp;
  let caseId: string;
  const client = (as: string): ApiClient => {
    let token: string | undefined;
    return createApiClient({
      token: () => token,
      lang: () => 'zh-CN',
      fetch: async (input, init) => {
        token ??= await t.tokenFor(as);
        const headers = new Headers(init?.headers);
        headers.set('authorization', `Bearer ${token}`);
        return t.app.request(String(input), { ...init, headers });
      },
    });
  };

  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
    const submitted = await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] });
    caseId = submitted.body.case.caseId;
    const accepted = await t.call('POST', `/api/cases/${caseId}/accept`, { as: 'clerk', body: { version: submitted.body.case.version, deferred: [] } });
    expect(accepted.status, accepted.text).toBe(200);
  });

  it('reads the queue, the case with its clock and allowed actions, and runs an action with the version read', async () => {
    const page = await listWorkQueue(client('reviewer'), 'review', { item: 'MZ-GG-0003', limit: 10 });
    expect(page.items.map((e) => e.caseId)).toContain(caseId);
    expect((await listWorkQueue(client('reviewer'), 'review', { item: 'SJ-XK-0001' })).items).toEqual([]);

    const detail = await getOfficeCase(client('reviewer'), caseId);
    expect(detail.allowedActions).toEqual(['take']);
    expect(detail.clock).toMatchObject({ acceptedOn: '2026-03-02', promisedLimit: 5, legalLimit: 20, card: 'none' });

    const taken = await runAction(client('reviewer'), caseId, 'take', detail.case.version, {});
    expect(taken.review?.reviewer?.name).toBe('赵磊');
    // The same version again: someone changed the case since.
    await expect(runAction(client('reviewer'), caseId, 'record_opinion', detail.case.version, { opinion: '材料齐全' })).rejects.toMatchObject({ status: 409 });
    // A field problem comes back by path, for the form to put under its input.
    await expect(runAction(client('reviewer'), caseId, 'record_opinion', taken.version, { opinion: ' ' })).rejects.toMatchObject({
      status: 400,
      issues: [{ path: 'opinion' }],
    });
  });

  it('asks the what-if due date with a pause and an extension', async () => {
    const plain = await whatIfDueDate(client('reviewer'), { acceptedOn: '2026-03-02', workingDays: 5 });
    expect(plain.dueDate).toBe('2026-03-09');
    const paused = await whatIfDueDate(client('reviewer'), { acceptedOn: '2026-03-02', workingDays: 5, pauses: [{ from: '2026-03-04', to: '2026-03-06' }] });
    expect(paused.dueDate).toBe('2026-03-12');
    const extended = await whatIfDueDate(client('reviewer'), {
      acceptedOn: '2026-03-02',
      workingDays: 5,
      pauses: [{ from: '2026-03-04', to: '2026-03-06' }],
      extensionDays: 2,
    });
    expect(extended.dueDate).toBe('2026-03-16');
    expect(extended.explanation['zh-CN']).toBeTruthy();
  });
});
