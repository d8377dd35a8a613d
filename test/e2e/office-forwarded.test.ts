import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, VIEWPORTS } from '../support/browser.js';
import { DEMO_APPLICANT } from '../support/stack-api.js';
import { confirmAction, openAction, openAs, startOfficeE2e, type OfficeE2e } from './office-support.js';

describe('a forwarded item (审核转报) completes through the county department', { timeout: 120_000 }, () => {
  let stack: OfficeE2e;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    stack = await startOfficeE2e();
    await stack.api.tokenOf('reviewer.econ');
  }, 120_000);
  afterAll(async () => {
    await stack?.e2e.stop();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  it('the township reviewer forwards it; the county officer decides it in the same system, and the decision names the department', async () => {
    // A getihu registration taken in and accepted at the counter (originals checked on the desk).
    const { case: c } = await stack.api.call<{ case: { caseId: string; caseNumber: string } }>(
      'POST',
      '/api/cases',
      'clerk',
      {
        itemCode: 'SJ-XK-0001',
        townshipId: 'qingshi',
        answers: {
          operatorName: DEMO_APPLICANT.applicantName,
          idNumber: DEMO_APPLICANT.idNumber,
          phone: DEMO_APPLICANT.phone,
          premisesAddress: DEMO_APPLICANT.address,
          businessScope: '日用百货零售',
          capitalYuan: 20000,
        },
        originalsChecked: ['idCard', 'application', 'premisesProof'],
        acceptNow: { deferred: [] },
      },
      [201],
      { 'idempotency-key': `e2e-forward-${Date.now()}` },
    );

    const reviewer = await openAs(stack.e2e, 'reviewer.econ', `/office/cases/${c.caseId}`);
    contexts.push(reviewer.context);
    await reviewer.page.getByTestId('office-case').waitFor();
    // Forwarded items are decided in the county: the township may not propose a decision.
    await openAction(reviewer.page, 'take');
    await confirmAction(reviewer.page, 'take');
    await expect(reviewer.page.getByTestId('action-propose').count()).resolves.toBe(0);
    await openAction(reviewer.page, 'forward');
    await reviewer.page.getByLabel('转报说明（可不填）').fill('经审核材料齐全，转报县市场监管局');
    await reviewer.page.getByRole('button', { name: '下一步：核对' }).click();
    await confirmAction(reviewer.page, 'forward');
    await expect(reviewer.page.getByTestId('case-state').textContent()).resolves.toBe('已转报县直部门');
    await expect(reviewer.page.getByTestId('action-panel').getByRole('button').count()).resolves.toBe(0);

    // The county department's queue, on a phone.
    const officer = await openAs(stack.e2e, 'officer', '/office', VIEWPORTS.phone);
    contexts.push(officer.context);
    const row = officer.page.locator(`[data-testid="work-queue-row"][data-case-id="${c.caseId}"]`);
    await row.waitFor();
    await screenshot(officer.page, 'office-flow-forwarded-queue-360');
    await row.getByRole('link', { name: c.caseNumber }).click();
    await officer.page.getByTestId('office-case').waitFor();
    await expect(officer.page.getByTestId('review-record').textContent()).resolves.toContain('青山县市场监督管理局');
    await expect(officer.page.getByTestId('action-return_to_township').count()).resolves.toBe(1);

    await openAction(officer.page, 'decide_forwarded');
    await officer.page.getByLabel('准予', { exact: true }).check();
    await officer.page.getByLabel('理由', { exact: true }).fill('经营场所和经营范围符合登记条件');
    await expect(officer.page.getByLabel('法律依据').inputValue()).resolves.toContain('《中华人民共和国市场主体登记管理条例》第十九条');
    await officer.page.getByRole('button', { name: '下一步：核对' }).click();
    const preview = officer.page.getByTestId('decision-preview');
    await preview.waitFor();
    await expect(preview.getByTestId('preview-issuer').textContent()).resolves.toContain('青山县市场监督管理局');
    await screenshot(officer.page, 'office-flow-forwarded-decision-preview-360');
    await confirmAction(officer.page, 'decide_forwarded');
    await expect(officer.page.getByTestId('case-state').textContent()).resolves.toBe('已作出决定');
    await expect(officer.page.getByTestId('record-decision').textContent()).resolves.toContain('准予');
    const decided = await stack.api.caseOf(c.caseId, 'officer');
    expect(decided.decision).toMatchObject({ outcome: 'grant', issuer: { kind: 'county_department', id: 'county-amr' } });
  });
});
