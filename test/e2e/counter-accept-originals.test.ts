import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaToday } from '../../web/src/pages/counter/dates.js';
import { openPage, screenshot, seriousAxeViolations, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';

/** An old-age allowance applied for online, with scans of the ID card and the hukou (originals not seen yet). */
const oldAgeOnline = (api: StackApi) =>
  api.submit('resident', { itemCode: 'MZ-GG-0003', answers: DEMO_APPLICANT, materials: { idCard: ['身份证正反面.jpg'], hukou: ['户口簿首页.jpg'] } });

describe('accepting an online case whose originals are not checked', { timeout: 90_000 }, () => {
  let e2e: E2e;
  let api: StackApi;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2e();
    api = new StackApi(e2e.url);
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await context?.close();
  });

  const openReview = async (caseId: string) => {
    ({ context, page } = await openPage(e2e));
    await signInDirectly(context, e2e.url, 'clerk');
    await page.goto(`/counter/cases/${caseId}`);
    await page.getByTestId('case-review').waitFor();
    await page.getByTestId('choose-accept').click();
    await page.getByLabel('补交日期').fill(addDays(chinaToday(), 14));
  };
  const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');

  it('names the unchecked originals and accepts nothing until the clerk confirms; cancel goes back to the materials', async () => {
    const c = await oldAgeOnline(api);
    await openReview(c.caseId);
    await page.getByRole('button', { name: '受理并出具受理通知书' }).click();

    const ask = page.getByTestId('accept-unverified');
    await ask.waitFor();
    await expect(ask.textContent()).resolves.toContain('2项材料的原件尚未核验');
    await expect(page.getByTestId('accept-unverified-names').textContent()).resolves.toBe('申请人居民身份证、户口簿');
    await expect.poll(focusedTestId).toBe('accept-unverified');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'counter-accept-unverified-1280');
    await page.setViewportSize(VIEWPORTS.phone);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await page.setViewportSize(VIEWPORTS.desktop);
    expect((await api.caseOf(c.caseId)).state).toBe('submitted');

    await page.getByRole('button', { name: '取消，先核验原件' }).click();
    await expect(ask.count()).resolves.toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('#materials') !== null && document.activeElement?.tagName === 'BUTTON'))
      .toBe(true);
    expect((await api.caseOf(c.caseId)).state).toBe('submitted');

    // One original checked: the question names only the other, and "accept anyway" accepts.
    await page
      .getByTestId('material-idCard')
      .getByRole('button', { name: /记录原件已核验/ })
      .click();
    await page.getByTestId('material-idCard').getByText('原件已核验', { exact: true }).waitFor();
    await page.getByRole('button', { name: '受理并出具受理通知书' }).click();
    await expect(page.getByTestId('accept-unverified-names').textContent()).resolves.toBe('户口簿');
    await page.getByRole('button', { name: '仍然受理' }).click();
    await page.getByTestId('answer-done').waitFor();
    expect((await api.caseOf(c.caseId)).state).toBe('under_review');
  });

  it('asks nothing when every original handed in has been checked', async () => {
    const c = await oldAgeOnline(api);
    await api.call('POST', `/api/cases/${c.caseId}/originals`, 'clerk', { version: c.version, materialId: 'idCard' });
    await api.call('POST', `/api/cases/${c.caseId}/originals`, 'clerk', { version: (await api.caseOf(c.caseId)).version, materialId: 'hukou' });
    await openReview(c.caseId);
    await page.getByRole('button', { name: '受理并出具受理通知书' }).click();
    await page.getByTestId('answer-done').waitFor();
    await expect(page.getByTestId('accept-unverified').count()).resolves.toBe(0);
    expect((await api.caseOf(c.caseId)).state).toBe('under_review');
  });
});
