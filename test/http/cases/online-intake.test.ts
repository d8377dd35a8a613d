import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/test-app.js';
import { APPLICANT, newKey, submitOldAgeAllowance, testClock, upload, type TestApp } from './intake-helpers.js';

describe('online application through correction and acceptance', () => {
  const clock = testClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  it('walks the whole path: submit, correction, resubmit, accept, lookup by query code', async () => {
    // The resident submits online without the household register.
    const submitted = await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou'] });
    expect(submitted.status).toBe(201);
    const c = submitted.body.case;
    expect(c.caseNumber).toMatch(/^QS-2026-\d{6}$/);
    expect(c.queryCode).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    expect(c).toMatchObject({ state: 'submitted', channel: 'online', itemVersion: 1, answerDueOn: '2026-03-09', preReviewDueOn: '2026-03-04' });
    expect(c.applicant).toMatchObject({ kind: 'person', name: '张明', phone: '13800138000' });

    // The clerk sees it in the queue, masked.
    const queue = await t.call('GET', '/api/cases', { as: 'clerk' });
    expect(queue.status).toBe(200);
    const entry = queue.body.items.find((i: { caseId: string }) => i.caseId === c.caseId);
    expect(entry.applicant).toEqual({ kind: 'person', name: '张*', phone: '138****8000', idNumber: '1101**********002X' });
    expect(entry).toMatchObject({ answerDueOn: '2026-03-09', preReviewDueOn: '2026-03-04' });
    expect(JSON.stringify(queue.body)).not.toContain('13800138000');

    // One-time correction notice listing everything.
    const correction = await t.call('POST', `/api/cases/${c.caseId}/correction`, {
      as: 'clerk',
      body: { version: c.version, items: [{ materialId: 'hukou', problem: '户口簿照片不清晰，请重新上传首页和本人页' }, { problem: '请补充银行卡照片' }] },
    });
    expect(correction.status).toBe(200);
    expect(correction.body.case).toMatchObject({ state: 'correction_required', correction: { round: 1 } });
    const notice = await t.call('GET', `/api/cases/${c.caseId}/notices/correction`, { as: 'resident' });
    expect(notice.status).toBe(200);
    expect(notice.body.items).toHaveLength(2);
    expect(notice.body.items[0].materialName['zh-CN']).toBeTruthy();

    // The resident answers the notice two days later.
    clock.set('2026-03-04T03:00:00.000Z');
    const hukou = await upload(t, 'resident', 'hukou.png', 'image/png');
    const resubmitted = await t.call('POST', `/api/cases/${c.caseId}/resubmit`, {
      as: 'resident',
      headers: { 'idempotency-key': newKey() },
      body: { version: correction.body.case.version, materials: [{ materialId: 'hukou', fileIds: [hukou] }] },
    });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.case).toMatchObject({ state: 'submitted', receivedOn: '2026-03-04', answerDueOn: '2026-03-11' });
    // The first submission time stays on the case (and through the API's schema).
    expect(resubmitted.body.case.firstReceivedAt).toBe(c.receivedAt);
    expect(resubmitted.body.case.receivedAt).not.toBe(c.receivedAt);

    // The clerk accepts with the bank card deferred (容缺) the next day.
    clock.set('2026-03-05T02:00:00.000Z');
    const accepted = await t.call('POST', `/api/cases/${c.caseId}/accept`, {
      as: 'clerk',
      body: { version: resubmitted.body.case.version, deferred: [{ materialId: 'bankCard', dueOn: '2026-03-20' }] },
    });
    expect(accepted.status).toBe(200);
    // 高龄津贴: promised 5, legal 20 working days, counted from Fri 6 March.
    expect(accepted.body.case).toMatchObject({
      state: 'under_review',
      acceptedOn: '2026-03-05',
      dueDates: { promised: '2026-03-12', legal: '2026-04-02', provisional: false },
      handlingOfficeId: 'qingshi-social',
      decidingOfficeId: 'qingshi-approval',
    });

    // Anyone with the query code and the phone's last 4 digits sees the progress, no login.
    const progress = await t.call('GET', `/api/cases/lookup?code=${c.queryCode.toLowerCase()}&phoneLast4=8000`);
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({ caseNumber: c.caseNumber, state: 'under_review', applicantName: '张*', dueDates: { promised: '2026-03-12' } });
    expect(progress.body.steps.map((s: { action: string }) => s.action)).toEqual(['submit', 'require_correction', 'resubmit', 'accept']);
    expect(JSON.stringify(progress.body)).not.toContain('11010519491231002X');

    const wrongPhone = await t.call('GET', `/api/cases/lookup?code=${c.queryCode}&phoneLast4=1234`);
    expect(wrongPhone.status).toBe(404);

    // The resident's own list has it; the acceptance notice carries a QR code of the tracking link.
    const mine = await t.call('GET', '/api/cases', { as: 'resident' });
    expect(mine.body.items.map((i: { caseId: string }) => i.caseId)).toContain(c.caseId);
    const acceptance = await t.call('GET', `/api/cases/${c.caseId}/notices/acceptance`, { as: 'resident' });
    expect(acceptance.body).toMatchObject({ kind: 'acceptance', acceptedOn: '2026-03-05', township: { 'zh-CN': '青石镇' } });
    expect(acceptance.body.deferred).toEqual([expect.objectContaining({ materialId: 'bankCard', dueOn: '2026-03-20' })]);
    expect(acceptance.body.qrSvg).toMatch(/^<svg/);
    expect(acceptance.body.trackUrl).toContain(`/track?code=${c.queryCode}`);

    // The supervisor verifies the audit chain.
    const audit = await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' });
    expect(audit.body.verdict).toEqual({ ok: true, events: 4 });
  });

  it('refuses an online application missing a mandatory material, naming it', async () => {
    const res = await submitOldAgeAllowance(t, 'resident', { materials: ['idCard'] });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['materials.hukou']);
  });

  it('refuses an invalid ID number, naming the field, and lets no resident override the checksum', async () => {
    const bad = { ...APPLICANT, idNumber: '110105194912310021' };
    const res = await submitOldAgeAllowance(t, 'resident', { answers: bad });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([expect.objectContaining({ path: 'answers.idNumber' })]);
    const override = await submitOldAgeAllowance(t, 'resident', {
      answers: bad,
      extra: { overrides: [{ fieldId: 'idNumber', reason: '老证号' }] },
    });
    expect(override.status).toBe(400);
    expect(override.body.issues[0].path).toBe('overrides');
  });

  it('requires an Idempotency-Key to submit', async () => {
    const res = await t.call('POST', '/api/cases', { as: 'resident', body: { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers: APPLICANT } });
    expect(res.status).toBe(400);
    expect(res.body.issues[0].path).toBe('header.Idempotency-Key');
  });

  it('refuses an item the township does not offer', async () => {
    const res = await t.call('POST', '/api/cases', {
      as: 'resident',
      headers: { 'idempotency-key': newKey() },
      body: { itemCode: 'NO-SUCH-ITEM', townshipId: 'qingshi', answers: APPLICANT },
    });
    expect(res.status).toBe(404);
  });
});
