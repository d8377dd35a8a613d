import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/test-app.js';
import { APPLICANT, newKey, submitOldAgeAllowance, testClock, type TestApp } from './intake-helpers.js';

describe('a second open application for the same item and applicant', () => {
  const clock = testClock();
  let t: TestApp;
  let first: { caseId: string; caseNumber: string; version: number };
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
    const submitted = await submitOldAgeAllowance(t, 'resident');
    expect(submitted.status).toBe(201);
    first = submitted.body.case;
  });

  const walkIn = (extra: Record<string, unknown> = {}) =>
    t.call('POST', '/api/cases', {
      as: 'clerk',
      headers: { 'idempotency-key': newKey() },
      body: {
        itemCode: 'MZ-GG-0003',
        townshipId: 'qingshi',
        answers: APPLICANT,
        originalsChecked: ['idCard', 'hukou', 'bankCard'],
        checkDuplicate: true,
        ...extra,
      },
    });

  it("is refused online with the open case number, in the caller's language", async () => {
    const again = await submitOldAgeAllowance(t, 'resident', { extra: { checkDuplicate: true } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DUPLICATE_APPLICATION');
    expect(again.body.message).toContain(first.caseNumber);
    expect(again.body.message).toContain('我的办事');
  });

  it('is flagged at the counter; the clerk may go on with a reason, which the case records', async () => {
    const flagged = await walkIn();
    expect(flagged.status).toBe(409);
    expect(flagged.body.code).toBe('DUPLICATE_APPLICATION');
    expect(flagged.body.message).toContain(first.caseNumber);
    // The clerk is told what to do at the counter, not sent to a resident's "My cases".
    expect(flagged.body.message).not.toContain('我的办事');
    expect(flagged.body.message).toContain('写明原因');
    const taken = await walkIn({ duplicateReason: '申请人称网上申请为他人误操作，当场核实后窗口受理' });
    expect(taken.status).toBe(201);
    expect(taken.body.case.duplicateOf).toEqual({
      caseId: first.caseId,
      caseNumber: first.caseNumber,
      reason: '申请人称网上申请为他人误操作，当场核实后窗口受理',
    });
  });

  it("does not name the open case to someone who may not read it: another resident typing the applicant's ID, a clerk of another township", async () => {
    const stranger = await submitOldAgeAllowance(t, 'resident2', { extra: { checkDuplicate: true } });
    expect(stranger.status).toBe(409);
    expect(stranger.body.code).toBe('DUPLICATE_APPLICATION_UNDISCLOSED');
    expect(stranger.text).not.toContain(first.caseNumber);
    expect(stranger.text).not.toContain(first.caseId);
    expect(stranger.body.message).toContain('已有一件同一事项的申请正在办理');

    const elsewhere = await t.call('POST', '/api/cases', {
      as: 'clerk.baihe',
      headers: { 'idempotency-key': newKey() },
      body: { itemCode: 'MZ-GG-0003', townshipId: 'baihe', answers: APPLICANT, originalsChecked: ['idCard', 'hukou', 'bankCard'], checkDuplicate: true },
    });
    expect(elsewhere.status, elsewhere.text).toBe(409);
    expect(elsewhere.body.code).toBe('DUPLICATE_APPLICATION_UNDISCLOSED');
    expect(elsewhere.text).not.toContain(first.caseNumber);
  });

  it('does not flag another item, or another applicant', async () => {
    const other = await submitOldAgeAllowance(t, 'resident2', {
      answers: { ...APPLICANT, applicantName: '李芳', idNumber: '110105195001010012' },
      extra: { checkDuplicate: true },
    });
    expect(other.status, other.text).toBe(201);
  });

  it('keeps pointing at the first open case, and is no longer flagged once it is over (withdrawn)', async () => {
    const open = await t.deps.intake.cases.findOpenApplication('MZ-GG-0003', APPLICANT.idNumber);
    expect(open?.caseNumber).toBe(first.caseNumber);
    const withdrawn = await t.call('POST', `/api/cases/${first.caseId}/withdraw`, { as: 'resident', body: { version: open!.version, reason: '申请人撤回' } });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(await t.deps.intake.cases.findOpenApplication('MZ-GG-0003', APPLICANT.idNumber)).toBeUndefined();
    // Nothing open remains that the pointer names: a new online application goes through.
    expect((await submitOldAgeAllowance(t, 'resident', { extra: { checkDuplicate: true } })).status).toBe(201);
  });
});
