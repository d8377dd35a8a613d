import { beforeAll, describe, expect, it } from 'vitest';
import { createLogNotifier } from '../../../functions/adapters/log-notifier.js';
import { silentLogger } from '../../../functions/http/logger.js';
import { pollOutboxOnce } from '../../../functions/adapters/local/outbox-poller.js';
import { createTestApp } from '../../support/test-app.js';
import { caseActor } from '../cases/back-office-helpers.js';
import { APPLICANT, newKey, testClock, upload, type TestApp } from '../cases/intake-helpers.js';

type Entry = { caseId: string; action: string; lang: string; text: string; toMasked: string; status: string; caseNumber: string };

describe('the outbox: one message to the applicant per public step, in their language', () => {
  const clock = testClock('2026-03-02T02:00:00.000Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  /** An old-age allowance filed online in the given language (the request's ?lang=). */
  const submit = async (lang: 'zh-CN' | 'en') => {
    const materials = [];
    for (const materialId of ['idCard', 'hukou', 'bankCard']) materials.push({ materialId, fileIds: [await upload(t, 'resident')] });
    const res = await t.call('POST', `/api/cases?lang=${lang}`, {
      as: 'resident',
      headers: { 'idempotency-key': newKey() },
      body: { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers: APPLICANT, materials },
    });
    expect(res.status, res.text).toBe(201);
    return { caseId: res.body.case.caseId as string, ...caseActor(t, res.body.case.caseId, res.body.case.version) };
  };
  const run = async (act: ReturnType<typeof caseActor>['act'], steps: [string, string, Record<string, unknown>][]) => {
    for (const [as, path, body] of steps) {
      const res = await act(as, path, body);
      expect(res.status, `${path}: ${res.text}`).toBe(200);
    }
  };
  const decideSteps: [string, string, Record<string, unknown>][] = [
    ['clerk', 'accept', { deferred: [] }],
    ['reviewer', 'take', {}],
    ['reviewer', 'propose', { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《高龄津贴发放办法》'] }],
    ['approver', 'decide', { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《高龄津贴发放办法》'] }],
  ];
  const outboxOf = async (caseId: string): Promise<Entry[]> => {
    const res = await t.call('GET', '/api/outbox?limit=100', { as: 'supervisor' });
    expect(res.status, res.text).toBe(200);
    return (res.body.items as Entry[]).filter((e) => e.caseId === caseId).reverse();
  };

  it('writes received, accepted, decided, delivered and the rectification reply for a case handed out at the window', async () => {
    const { caseId, act } = await submit('zh-CN');
    await run(act, [
      ...decideSteps,
      ['clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '张明', idChecked: true } }],
      ['resident', 'rate', { grade: 'dissatisfied', comment: '等待时间太长' }],
      ['reviewer', 'reply-rectification', { text: '已优化窗口排队，并电话致歉', contactedApplicant: true }],
    ]);
    const entries = await outboxOf(caseId);

    expect(entries.map((e) => e.action)).toEqual(['submit', 'accept', 'decide', 'complete', 'reply_rectification']);
    expect(new Set(entries.map((e) => e.lang))).toEqual(new Set(['zh-CN']));
    expect(entries[1]!.text).toMatch(new RegExp(`^张明：办件${entries[1]!.caseNumber}已受理，\\d+月\\d+日前办结。http://localhost:3000/t/[A-Z0-9]{10}$`));
    for (const e of entries) {
      expect(e.toMasked).toBe('138****8000');
      expect(e.status).toBe('pending');
    }
    const page = await t.call('GET', '/api/outbox', { as: 'supervisor' });
    expect(page.text).not.toContain('13800138000');
    expect(page.text).not.toContain(APPLICANT.idNumber);
  });

  it('writes the English texts for an applicant who applied in English, and one download completes it', async () => {
    const { caseId, act } = await submit('en');
    await run(act, [...decideSteps, ['resident', 'receive-electronically', {}]]);
    const all = (await t.call('GET', '/api/outbox?limit=100', { as: 'admin' })).body.items as Entry[];
    const entries = all.filter((e) => e.caseId === caseId).reverse();

    expect(entries.map((e) => e.action)).toEqual(['submit', 'accept', 'decide', 'complete']);
    expect(new Set(entries.map((e) => e.lang))).toEqual(new Set(['en']));
    expect(entries[3]!.text).toMatch(/^Case .+: the decision was delivered; the case is complete\. Please rate us\. http:\/\/localhost:3000\/t\/[A-Z0-9]{10}$/);
  });

  it('is sent once by the consumer and then listed as sent; staff other than the county’s may not read it', async () => {
    const notifier = createLogNotifier(silentLogger);
    const deps = { notifier, outbox: t.deps.outbox, now: clock.now, logger: silentLogger };
    const first = await pollOutboxOnce(deps, 100);
    const again = await pollOutboxOnce(deps, 100);

    expect(first.sent).toBe(9);
    expect(again).toEqual({ sent: 0, failed: 0 });
    const page = await t.call('GET', '/api/outbox?limit=3', { as: 'supervisor' });
    expect(page.body.items).toHaveLength(3);
    expect(page.body.items.every((e: Entry) => e.status === 'sent')).toBe(true);
    const next = await t.call('GET', `/api/outbox?limit=100&cursor=${page.body.next}`, { as: 'supervisor' });
    expect(next.body.items).toHaveLength(6);
    expect((await t.call('GET', '/api/outbox?cursor=bm9wZQ', { as: 'supervisor' })).status).toBe(400);
    for (const as of ['resident', 'clerk', 'reviewer']) expect((await t.call('GET', '/api/outbox', { as })).status).toBe(403);
  });
});
