import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { chineseDaysCalendarYears } from '../../../functions/adapters/chinese-days/calendar-years.js';
import { createWorkingCalendar } from '../../../functions/core/calendar/working-calendar.js';
import { computeDueDate } from '../../../functions/core/clock/due-date.js';
import { createTestApp } from '../../support/test-app.js';
import { APPLICANT, newKey, submitOldAgeAllowance, testClock, type TestApp } from './intake-helpers.js';

const calendar = createWorkingCalendar(chineseDaysCalendarYears('2026-01-01T00:00:00Z'));
/** The day `n` working days after 2 March 2026 (the day of acceptance). */
const due = (n: number) => computeDueDate(calendar, '2026-03-02', n).dueDate;
const at = (date: string) => `${date}T02:00:00.000Z`; // 10:00 in China

describe('back office: review, suspension, extension, proposal', () => {
  const clock = testClock();
  let t: TestApp;
  let caseId: string;
  let version: number;
  const act = async (as: string, path: string, body: Record<string, unknown> = {}) => {
    const res = await t.call('POST', `/api/cases/${caseId}/${path}`, { as, headers: { 'idempotency-key': newKey() }, body: { version, ...body } });
    if (res.status === 200) version = res.body.case.version;
    return res;
  };
  const detail = async (as: string) => (await t.call('GET', `/api/cases/${caseId}`, { as })).body;

  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
    clock.set(at('2026-03-02'));
    const submitted = await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] });
    caseId = submitted.body.case.caseId;
    const accepted = await t.call('POST', `/api/cases/${caseId}/accept`, { as: 'clerk', body: { version: submitted.body.case.version, deferred: [] } });
    expect(accepted.status, accepted.text).toBe(200);
    version = accepted.body.case.version;
  });

  it('routes the accepted case to the review queue of its handling office, with its card read now', async () => {
    const queue = await t.call('GET', '/api/work/queues/review', { as: 'reviewer' });
    expect(queue.status, queue.text).toBe(200);
    const entry = queue.body.items.find((e: { caseId: string }) => e.caseId === caseId);
    expect(entry).toMatchObject({ state: 'under_review', card: 'none', workingDaysLeft: 5, itemName: { 'zh-CN': expect.any(String) } });
    expect(entry.applicant.idNumber).toMatch(/\*/);
    // Other offices' and roles' queues do not show it.
    expect((await t.call('GET', '/api/work/queues/review', { as: 'reviewer.econ' })).body.items).toEqual([]);
    expect((await t.call('GET', '/api/work/queues/sign', { as: 'reviewer' })).status).toBe(403);
    expect((await t.call('GET', '/api/work/queues/sign', { as: 'approver' })).body.items).toEqual([]);
  });

  it('says what each caller may do, from the table', async () => {
    expect((await detail('reviewer')).allowedActions).toEqual(['take']);
    expect((await detail('reviewer.econ')).allowedActions).toEqual([]);
    expect((await detail('approver')).allowedActions).toEqual(['terminate']);
    expect((await detail('resident')).allowedActions).toEqual(expect.arrayContaining(['withdraw']));
    expect((await t.call('GET', `/api/cases/${caseId}`, { as: 'clerk.baihe' })).status).toBe(404);
    // Staff of the township see the applicant in full; the county supervisor masked.
    expect((await detail('reviewer')).case.applicant.idNumber).toBe('11010519491231002X');
    expect((await detail('supervisor')).case.applicant.idNumber).toMatch(/^1101\*+002X$/);
  });

  it('refuses review steps before the case is taken, and by another office', async () => {
    expect((await act('reviewer', 'opinion', { opinion: '材料齐全' })).body.code).toBe('CASE_NOT_TAKEN');
    expect((await act('reviewer.econ', 'take')).status).toBe(403);
    const taken = await act('reviewer', 'take');
    expect(taken.status, taken.text).toBe(200);
    expect(taken.body.case.review.reviewer).toMatchObject({ userId: 'u-reviewer-qs', name: '赵磊' });
    expect((await act('reviewer', 'opinion', { opinion: '申请人年满80周岁，材料齐全' })).status).toBe(200);
  });

  it('suspends for a site survey and moves the due dates by exactly the paused working days', async () => {
    const before = await detail('reviewer');
    expect(before.clock).toMatchObject({ promisedDueDate: due(5), legalDueDate: due(20), card: 'none' });
    clock.set(at('2026-03-04'));
    const stale = await t.call('POST', `/api/cases/${caseId}/suspend`, {
      as: 'reviewer',
      body: { version: version - 1, procedure: 'site_survey', reason: '核实居住情况', start: '2026-03-04', expectedEnd: '2026-03-06' },
    });
    expect(stale.status).toBe(409);
    const bad = await act('reviewer', 'suspend', { procedure: 'site_survey', reason: '核实', start: '2026-03-05', expectedEnd: '2026-03-04' });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['start', 'expectedEnd']));
    const suspended = await act('reviewer', 'suspend', { procedure: 'site_survey', reason: '核实居住情况', start: '2026-03-04', expectedEnd: '2026-03-06' });
    expect(suspended.status, suspended.text).toBe(200);
    expect(suspended.body.case.state).toBe('suspended');
    const queue = await t.call('GET', '/api/work/queues/suspended', { as: 'reviewer' });
    expect(queue.body.items.map((e: { caseId: string }) => e.caseId)).toContain(caseId);
    const notice = await t.call('GET', `/api/cases/${caseId}/notices/suspension`, { as: 'reviewer' });
    expect(notice.status, notice.text).toBe(200);
    expect(notice.body).toMatchObject({ procedure: 'site_survey', start: '2026-03-04', expectedEnd: '2026-03-06', reason: '核实居住情况' });

    // Work resumes on Monday: the last paused day is the day before, Sunday.
    clock.set(at('2026-03-09'));
    expect((await act('reviewer', 'resume', { lastPausedDay: '2026-03-10' })).status).toBe(400);
    const resumed = await act('reviewer', 'resume');
    expect(resumed.status, resumed.text).toBe(200);
    const after = await detail('reviewer');
    // Wednesday to Friday are three working days: both due dates move by exactly three.
    expect(after.clock).toMatchObject({ promisedDueDate: due(8), legalDueDate: due(23), suspended: false });
    expect(after.clock.explanation['zh-CN']).toContain('现场勘查');
    expect(after.clock.explanation.en).toContain('3 working days paused for a site survey');
    expect(after.case.dueDates).toMatchObject({ promised: due(8), legal: due(23) });
    expect(after.case.suspensions[0]).toMatchObject({ start: '2026-03-04', end: '2026-03-08', procedure: 'site_survey' });
  });

  it('extends once, approved by the approver, by exactly the requested working days', async () => {
    clock.set(at('2026-03-09'));
    expect((await act('reviewer', 'request-extension', { workingDays: 11, reason: '需补充调查' })).status).toBe(400);
    expect((await act('reviewer', 'request-extension', { workingDays: 5, reason: '需入户调查核实赡养情况' })).status).toBe(200);
    const sign = await t.call('GET', '/api/work/queues/sign', { as: 'approver' });
    expect(sign.body.items.find((e: { caseId: string }) => e.caseId === caseId)).toMatchObject({ awaiting: 'extension', extensionDays: 5 });
    expect((await act('reviewer', 'approve-extension')).status).toBe(403);
    const approved = await act('approver', 'approve-extension');
    expect(approved.status, approved.text).toBe(200);
    expect((await detail('reviewer')).clock).toMatchObject({ promisedDueDate: due(13), legalDueDate: due(28), promisedLimit: 10 });
    expect((await act('reviewer', 'request-extension', { workingDays: 2, reason: '再次延期' })).body.code).toBe('EXTENSION_USED');
    const notice = await t.call('GET', `/api/cases/${caseId}/notices/extension`, { as: 'resident' });
    expect(notice.body).toMatchObject({ workingDays: 5, reason: '需入户调查核实赡养情况', dueDates: { promised: due(13) } });
  });

  it('puts the proposal in the approver queue; the reviewer may not decide it', async () => {
    const proposed = await act('reviewer', 'propose', { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《江苏省高龄津贴发放办法》'] });
    expect(proposed.status, proposed.text).toBe(200);
    const sign = await t.call('GET', '/api/work/queues/sign', { as: 'approver' });
    expect(sign.body.items.find((e: { caseId: string }) => e.caseId === caseId)).toMatchObject({ awaiting: 'decision', reviewerName: '赵磊' });
    expect((await t.call('GET', '/api/work/queues/review', { as: 'reviewer' })).body.items.map((e: { caseId: string }) => e.caseId)).not.toContain(caseId);
    expect((await detail('reviewer')).allowedActions).not.toContain('decide');
    expect((await detail('approver')).allowedActions).toEqual(expect.arrayContaining(['decide', 'reject_proposal', 'terminate']));
    expect((await act('reviewer', 'terminate', { reason: '申请人死亡' })).status).toBe(403);
  });

  it('is decided and sealed by the approver; the verification page says authentic, then altered, then revoked', async () => {
    clock.set(at('2026-03-10'));
    const refused = await act('approver', 'decide', { outcome: 'refuse', reasons: [], legalBasis: ['x'] });
    expect(refused.status).toBe(400);
    expect(refused.body.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['reasons', 'remedies']));
    const decided = await act('approver', 'decide', { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《江苏省高龄津贴发放办法》'] });
    expect(decided.status, decided.text).toBe(200);
    const c = decided.body.case;
    expect(c).toMatchObject({
      state: 'decided',
      clockStoppedOn: '2026-03-10',
      decision: { outcome: 'grant', issuer: { kind: 'township', id: 'qingshi' }, by: { name: '孙伟' } },
    });
    expect(c.decision.documentNumber).toMatch(/^QS-JD-2026-\d{6}$/);
    const verify = await t.call('GET', `/api/verify/${c.decision.verifyCode}`);
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ status: 'authentic', decision: { caseNumber: c.caseNumber, outcome: 'grant', issuer: { kind: 'township' } } });
    expect(verify.body.decision.applicant.idNumber).toMatch(/\*/);
    const own = await t.call('GET', `/api/cases/${caseId}/decision`, { as: 'resident' });
    expect(own.status, own.text).toBe(200);
    expect(own.body.document).toMatchObject({ documentNumber: c.decision.documentNumber, approver: { name: '孙伟' } });
    // The clock stopped on the day of the decision.
    clock.set(at('2026-04-30'));
    expect((await detail('approver')).clock).toMatchObject({ stoppedOn: '2026-03-10', card: 'none' });

    // One byte of the stored document changed: the same page says altered.
    const key = { pk: `DECISION#${c.decision.verifyCode}`, sk: 'DECISION' };
    const stored = await t.db.send(new GetCommand({ TableName: t.tableName, Key: key }));
    const tampered = String(stored.Item!.document).replace('"grant"', '"grunt"');
    await t.db.send(
      new UpdateCommand({ TableName: t.tableName, Key: key, UpdateExpression: 'SET document = :d', ExpressionAttributeValues: { ':d': tampered } }),
    );
    expect((await t.call('GET', `/api/verify/${c.decision.verifyCode}`)).body.status).toBe('altered');
    await t.db.send(
      new UpdateCommand({
        TableName: t.tableName,
        Key: key,
        UpdateExpression: 'SET document = :d',
        ExpressionAttributeValues: { ':d': stored.Item!.document },
      }),
    );

    expect((await act('reviewer', 'revoke-decision', { reason: 'x' })).status).toBe(403);
    const revoked = await act('approver', 'revoke-decision', { reason: '经行政复议决定撤销' });
    expect(revoked.status, revoked.text).toBe(200);
    expect((await t.call('GET', `/api/verify/${c.decision.verifyCode}`)).body).toMatchObject({ status: 'revoked', revoked: { reason: '经行政复议决定撤销' } });
    expect((await act('approver', 'revoke-decision', { reason: 'again' })).body.code).toBe('NO_DECISION_IN_FORCE');
  });

  it('records every step on the hash chain', async () => {
    const audit = await t.call('GET', `/api/cases/${caseId}/audit`, { as: 'supervisor' });
    expect(audit.body.verdict).toEqual({ ok: true, events: expect.any(Number) });
    const actions = (await detail('approver')).events.map((e: { action: string }) => e.action);
    expect(actions).toEqual([
      'submit',
      'accept',
      'take',
      'record_opinion',
      'suspend',
      'resume',
      'request_extension',
      'approve_extension',
      'propose',
      'decide',
      'revoke_decision',
    ]);
  });
});

describe('back office: a forwarded item (审核转报)', () => {
  const clock = testClock();
  let t: TestApp;
  let caseId: string;
  let version: number;
  const act = async (as: string, path: string, body: Record<string, unknown> = {}) => {
    const res = await t.call('POST', `/api/cases/${caseId}/${path}`, { as, body: { version, ...body } });
    if (res.status === 200) version = res.body.case.version;
    return res;
  };

  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
    const res = await t.call('POST', '/api/cases', {
      as: 'clerk',
      headers: { 'idempotency-key': newKey() },
      body: {
        itemCode: 'SJ-XK-0001',
        townshipId: 'qingshi',
        answers: {
          operatorName: APPLICANT.applicantName,
          idNumber: APPLICANT.idNumber,
          phone: APPLICANT.phone,
          premisesAddress: APPLICANT.address,
          businessScope: '日用百货零售',
          capitalYuan: 20000,
        },
        originalsChecked: ['idCard', 'application', 'premisesProof'],
        acceptNow: { deferred: [] },
      },
    });
    expect(res.status, res.text).toBe(201);
    caseId = res.body.case.caseId;
    version = res.body.case.version;
  });

  it('is reviewed in the township and forwarded to the county department, which may send it back', async () => {
    expect((await act('reviewer.econ', 'propose', { outcome: 'grant', reasons: [], legalBasis: ['x'] })).body.code).toBe('CASE_NOT_TAKEN');
    expect((await act('reviewer.econ', 'take')).status).toBe(200);
    expect((await act('reviewer.econ', 'propose', { outcome: 'grant', reasons: [], legalBasis: ['x'] })).body.code).toBe('FORWARDED_ITEM');
    expect((await t.call('GET', `/api/cases/${caseId}`, { as: 'officer' })).body.allowedActions).toEqual([]);
    const forwarded = await act('reviewer.econ', 'forward', { note: '经审核材料齐全，转报县市场监管局' });
    expect(forwarded.status, forwarded.text).toBe(200);
    expect(forwarded.body.case).toMatchObject({ state: 'forwarded', forwarding: { departmentId: 'county-amr' } });
    const queue = await t.call('GET', '/api/work/queues/forwarded', { as: 'officer' });
    expect(queue.body.items.map((e: { caseId: string }) => e.caseId)).toContain(caseId);
    const view = await t.call('GET', `/api/cases/${caseId}`, { as: 'officer' });
    expect(view.body.allowedActions).toEqual(expect.arrayContaining(['return_to_township', 'decide_forwarded']));
    expect(view.body.clock.forwardDueOn).toBeDefined();
    expect((await act('officer', 'return-to-township', { reason: '经营场所证明不清晰' })).body.case.state).toBe('under_review');
    expect((await act('reviewer.econ', 'forward')).body.case.state).toBe('forwarded');
  });

  it('is decided by the county department under its own seal, and the verification names the department', async () => {
    expect((await act('approver', 'decide', { outcome: 'grant', reasons: [], legalBasis: ['x'] })).status).toBe(422);
    const decided = await act('officer', 'decide', { outcome: 'grant', reasons: ['符合登记条件'], legalBasis: ['《市场主体登记管理条例》第十九条'] });
    expect(decided.status, decided.text).toBe(200);
    expect(decided.body.case.decision).toMatchObject({ issuer: { kind: 'county_department', id: 'county-amr' } });
    expect(decided.body.case.decision.documentNumber).toMatch(/^QS-ZB-2026-/);
    const verify = await t.call('GET', `/api/verify/${decided.body.case.decision.verifyCode}`);
    expect(verify.body).toMatchObject({
      status: 'authentic',
      decision: { issuer: { kind: 'county_department', id: 'county-amr', name: { 'zh-CN': expect.stringContaining('市场监督管理局') } } },
    });
  });
});
