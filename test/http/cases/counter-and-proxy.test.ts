import { beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlines } from '../../../functions/use-cases/deadlines/sweep-deadlines.js';
import { createTestApp } from '../../support/test-app.js';
import { APPLICANT, newKey, submitOldAgeAllowance, testClock, upload, type TestApp } from './intake-helpers.js';

describe('counter walk-in, village proxy, refusals and time limits', () => {
  const clock = testClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  it('takes a walk-in at the counter and accepts it in one step, with paper originals checked', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const res = await t.call('POST', '/api/cases', {
      as: 'clerk',
      headers: { 'idempotency-key': newKey() },
      body: {
        itemCode: 'RS-GG-0001',
        townshipId: 'qingshi',
        answers: { ...APPLICANT, contributionGrade: 'g200' },
        originalsChecked: ['idCard', 'hukou', 'enrolmentForm'],
        acceptNow: { deferred: [] },
      },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.case).toMatchObject({ channel: 'counter', state: 'under_review', acceptedOn: '2026-03-02', dueDates: { promised: '2026-03-05' } });
    expect(res.body.case.preReviewDueOn).toBeUndefined();
    const detail = await t.call('GET', `/api/cases/${res.body.case.caseId}`, { as: 'clerk' });
    expect(detail.body.events.map((e: { action: string }) => e.action)).toEqual(['submit', 'record_original', 'record_original', 'record_original', 'accept']);
    const notice = await t.call('GET', `/api/cases/${res.body.case.caseId}/notices/acceptance`, { as: 'clerk' });
    expect(notice.status).toBe(200);
    expect(notice.body).toMatchObject({ caseNumber: res.body.case.caseNumber, issuedBy: '陈静', dueDates: { promised: '2026-03-05' } });
  });

  it('lets a clerk override a failed ID checksum with a recorded reason', async () => {
    const res = await t.call('POST', '/api/cases', {
      as: 'clerk',
      headers: { 'idempotency-key': newKey() },
      body: {
        itemCode: 'MZ-GG-0003',
        townshipId: 'qingshi',
        answers: { ...APPLICANT, idNumber: '110105194912310021' },
        overrides: [{ fieldId: 'idNumber', reason: '1990 年代旧证号，经户籍核实' }],
        originalsChecked: ['idCard', 'hukou'],
      },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.case.overrides).toEqual([{ fieldId: 'idNumber', reason: '1990 年代旧证号，经户籍核实' }]);
  });

  it("refuses a counter walk-in for another township's queue", async () => {
    const res = await t.call('POST', '/api/cases', {
      as: 'clerk.baihe',
      headers: { 'idempotency-key': newKey() },
      body: { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers: APPLICANT },
    });
    expect(res.status).toBe(403);
  });

  it('takes a village proxy application only with the resident’s consent recorded', async () => {
    const materials = [
      { materialId: 'idCard', fileIds: [await upload(t, 'proxy')] },
      { materialId: 'hukou', fileIds: [await upload(t, 'proxy')] },
    ];
    const body = { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers: { ...APPLICANT, applicantName: '王大爷' }, materials };
    const without = await t.call('POST', '/api/cases', { as: 'proxy', headers: { 'idempotency-key': newKey() }, body });
    expect(without.status).toBe(400);
    expect(without.body.issues[0].path).toBe('proxyConsent');
    const withConsent = await t.call('POST', '/api/cases', {
      as: 'proxy',
      headers: { 'idempotency-key': newKey() },
      body: { ...body, proxyConsent: { method: 'signed_form', givenAt: '2026-03-01T08:00:00+08:00', note: '签字授权书已存档' } },
    });
    expect(withConsent.status).toBe(201);
    expect(withConsent.body.case).toMatchObject({ channel: 'proxy', filedBy: { role: 'proxy' }, proxyConsent: { method: 'signed_form' } });
    const mine = await t.call('GET', '/api/cases', { as: 'proxy' });
    expect(mine.body.items.map((i: { caseId: string }) => i.caseId)).toContain(withConsent.body.case.caseId);
  });

  it('issues a not-accepted notice with reasons, legal basis and remedies', async () => {
    const c = (await submitOldAgeAllowance(t, 'resident')).body.case;
    const res = await t.call('POST', `/api/cases/${c.caseId}/not-accept`, {
      as: 'clerk',
      body: {
        version: c.version,
        reasons: ['申请人未满 80 周岁，不属于高龄津贴发放对象'],
        legalBasis: ['《某省高龄津贴发放办法》第三条'],
        remedies: '如不服，可自收到本通知之日起六十日内向县人民政府申请行政复议，或六个月内向人民法院提起行政诉讼。',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.case.state).toBe('not_accepted');
    const notice = await t.call('GET', `/api/cases/${c.caseId}/notices/not-accepted`, { as: 'resident' });
    expect(notice.body.reasons).toHaveLength(1);
    expect(notice.body.remedies).toContain('行政复议');
    const missing = await t.call('POST', `/api/cases/${c.caseId}/not-accept`, {
      as: 'clerk',
      body: { version: res.body.case.version, reasons: [], legalBasis: [], remedies: '' },
    });
    expect(missing.status).toBe(400);
  });

  it('lets the applicant withdraw before a decision', async () => {
    const c = (await submitOldAgeAllowance(t, 'resident')).body.case;
    const res = await t.call('POST', `/api/cases/${c.caseId}/withdraw`, { as: 'resident', body: { version: c.version, reason: '已在县里办理' } });
    expect(res.status).toBe(200);
    expect(res.body.case.state).toBe('withdrawn');
  });

  it('refuses a correction notice after 5 working days and deems the application accepted on receipt', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const c = (await submitOldAgeAllowance(t, 'resident')).body.case;
    clock.set('2026-03-10T02:00:00.000Z');
    const late = await t.call('POST', `/api/cases/${c.caseId}/correction`, { as: 'clerk', body: { version: c.version, items: [{ problem: '缺材料' }] } });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('CORRECTION_NOTICE_LATE');
    expect(late.body.message).toContain('2026-03-09');

    const result = await sweepDeadlines(t.deps.deadlines);
    expect(result.deemedAccepted).toBeGreaterThanOrEqual(1);
    const after = await t.call('GET', `/api/cases/${c.caseId}`, { as: 'clerk' });
    expect(after.body.case).toMatchObject({ state: 'under_review', acceptedOn: '2026-03-02', deemedAccepted: true });
    expect(after.body.events.at(-1).actor.role).toBe('system');
  });

  it('keeps the item version a case started under after the item is edited', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const before = (await submitOldAgeAllowance(t, 'resident')).body.case;
    expect(before.itemVersion).toBe(1);
    const item = await t.call('GET', '/api/catalogue/items/MZ-GG-0003');
    const { version: _v, effectiveFrom: _e, recordedAt: _r, recordedBy: _b, changeNote: _c, ...rest } = item.body.item;
    // Version 2 makes the bank card mandatory at once: no more 容缺.
    const edited = await t.call('PUT', '/api/catalogue/items/MZ-GG-0003', {
      as: 'admin',
      body: {
        ...rest,
        baseVersion: 1,
        effectiveFrom: '2026-03-02',
        changeNote: '银行卡不再容缺',
        materials: rest.materials.map((m: { id: string }) => (m.id === 'bankCard' ? { ...m, mayBeDeferred: false } : m)),
      },
    });
    expect(edited.status, edited.text).toBeLessThan(300);
    // The case in flight can still be accepted with the bank card deferred, as version 1 allows.
    const accepted = await t.call('POST', `/api/cases/${before.caseId}/accept`, {
      as: 'clerk',
      body: { version: before.version, deferred: [{ materialId: 'bankCard', dueOn: '2026-03-20' }] },
    });
    expect(accepted.status, accepted.text).toBe(200);
    // A new case is taken under version 2, and must bring the bank card.
    const after = await submitOldAgeAllowance(t, 'resident');
    expect(after.status).toBe(400);
    expect(after.body.issues.map((i: { path: string }) => i.path)).toContain('materials.bankCard');
    const complete = await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] });
    expect(complete.body.case.itemVersion).toBe(2);
  });
});
