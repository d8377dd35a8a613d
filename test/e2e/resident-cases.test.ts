import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';
import { callerFor, fileOf, requireCorrection, submitOldAgeAllowance, waitForUploads, type StackCaller } from './intake-support.js';

// After submitting: answering a correction notice, withdrawing, and tracking without signing in.
describe('my cases and tracking', { timeout: 90_000 }, () => {
  let e2e: E2e;
  let context: BrowserContext;
  let page: Page;
  let resident: StackCaller;
  let clerk: StackCaller;

  beforeAll(async () => {
    e2e = await startE2e();
    resident = await callerFor(e2e.url, 'resident');
    clerk = await callerFor(e2e.url, 'clerk');
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await context?.close();
  });

  const open = async (as?: string, viewport: { width: number; height: number } = VIEWPORTS.desktop) => {
    ({ context, page } = await openPage(e2e, viewport));
    if (as) await signInDirectly(context, e2e.url, as);
  };

  it('a resident answers a correction notice with a new upload and the case goes back to "waiting for checking"', async () => {
    const submitted = await submitOldAgeAllowance(e2e.url, resident);
    await requireCorrection(clerk, submitted, [{ materialId: 'hukou', problem: '户口簿照片不清晰，请重新上传首页和本人页' }, { problem: '请补充银行卡照片' }]);

    await open('resident', VIEWPORTS.phone);
    await page.goto('/resident');
    const row = page.getByTestId('case-list').locator('li', { hasText: submitted.caseNumber });
    await row.waitFor();
    await expect(row.getByTestId('case-state').textContent()).resolves.toBe('需要补正');
    await row.getByText('需要您补正材料').waitFor();
    await row.getByRole('link', { name: '高龄津贴申领' }).click();

    await page.getByTestId('case-detail').waitFor();
    const box = page.getByTestId('correction-box');
    await box.waitFor();
    await expect(box.getByTestId('correction-items').textContent()).resolves.toContain('户口簿户口簿照片不清晰');
    await expect(page.getByRole('link', { name: '打印补正通知书' }).getAttribute('href')).resolves.toBe(`/notices/${submitted.caseId}/correction`);
    await box.getByRole('link', { name: '补正材料' }).click();

    await page.getByTestId('respond').waitFor();
    // Sending without the asked-for material names it.
    await page.getByRole('button', { name: '提交补正' }).click();
    await page.getByTestId('error-summary').getByText('请上传补正通知要求的“户口簿”').waitFor();
    await page.setInputFiles('#material-hukou', fileOf('hukou-clear.jpg', 'image/jpeg'));
    await waitForUploads(page, 'hukou', 1);
    await page.getByRole('button', { name: '提交补正' }).click();

    await page.getByTestId('case-detail').waitFor();
    await page.getByText('补正材料已提交').waitFor();
    await expect(page.getByTestId('case-state').textContent()).resolves.toBe('等待审核');
    await expect(page.getByTestId('case-timeline').locator('li').allTextContents()).resolves.toEqual([
      expect.stringContaining('提交申请'),
      expect.stringContaining('发出补正通知'),
      expect.stringContaining('补正后重新提交'),
    ]);
    const after = await resident.call('GET', `/api/cases/${submitted.caseId}`);
    expect(after.body.case.state).toBe('submitted');
    const hukou = after.body.case.materials.find((m: { materialId: string }) => m.materialId === 'hukou');
    expect(hukou.files.map((f: { name: string }) => f.name)).toEqual(['hukou-clear.jpg']);
  });

  it('a resident withdraws an application after confirming, with a reason', async () => {
    const submitted = await submitOldAgeAllowance(e2e.url, resident);
    await open('resident');
    await page.goto(`/resident/cases/${submitted.caseId}`);
    await page.getByTestId('case-detail').waitFor();
    await page.getByRole('link', { name: '撤回申请' }).click();
    await page.getByTestId('withdraw').waitFor();
    await page.getByRole('button', { name: '确认撤回' }).click();
    await page.getByTestId('error-summary').getByText('请填写撤回的原因').waitFor();
    await page.getByLabel('撤回的原因').fill('已不需要');
    await page.getByRole('button', { name: '确认撤回' }).click();
    await page.getByText('申请已撤回').waitFor();
    await expect(page.getByTestId('case-state').textContent()).resolves.toBe('已撤回');
    await expect(page.getByRole('link', { name: '撤回申请' }).count()).resolves.toBe(0);
  });

  it('anyone tracks a case by query code and the phone digits and sees its steps; the QR link fills the code in', async () => {
    const submitted = await submitOldAgeAllowance(e2e.url, resident);
    const corrected = await requireCorrection(clerk, submitted, [{ materialId: 'hukou', problem: '请上传户口簿本人页' }]);
    expect(corrected.version).toBeGreaterThan(submitted.version);

    await open(undefined, VIEWPORTS.phone);
    await page.goto(`/track?code=${submitted.queryCode}`);
    await page.locator('#page-title').waitFor();
    await expect(page.getByLabel('查询码').inputValue()).resolves.toBe(submitted.queryCode);
    await page.getByLabel('手机号码后四位').fill('１２３４');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('没有找到这个办件').waitFor();

    await page.getByLabel('手机号码后四位').fill('8000');
    await page.getByRole('button', { name: '查询' }).click();
    const result = page.getByTestId('track-result');
    await result.waitFor();
    await expect(page.getByText('没有找到这个办件').count()).resolves.toBe(0);
    await expect(result.getByTestId('track-case-number').textContent()).resolves.toBe(submitted.caseNumber);
    await expect(result.getByTestId('case-state').textContent()).resolves.toBe('需要补正');
    await expect(result.getByTestId('correction-items').textContent()).resolves.toContain('请上传户口簿本人页');
    await expect(result.getByTestId('case-timeline').locator('li').allTextContents()).resolves.toEqual([
      expect.stringContaining('提交申请'),
      expect.stringContaining('发出补正通知'),
    ]);
    // The masked name only: nothing else personal.
    await expect(result.textContent()).resolves.toContain('张*');
    await expect(result.textContent()).resolves.not.toContain('13800138000');
  });
});
