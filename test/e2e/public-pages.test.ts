import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startE2e, type E2e } from '../support/browser.js';

const json = (status: number, body: unknown) => ({ status, contentType: 'application/json', body: JSON.stringify(body) });

// The catalogue and lookup endpoints belong to other features; these tests answer for them
// (page.route) so each state of the pages is shown whatever the API serves today.
describe('public pages: service guide and tracking', { timeout: 60_000 }, () => {
  let e2e: E2e;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2e();
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await context?.close();
  });

  it('opens the guide and the tracking page from the big buttons on the home page', async () => {
    ({ context, page } = await openPage(e2e));
    await page.goto('/');
    await page.getByTestId('action-guide').click();
    await page.waitForURL('**/guide');
    await page.getByRole('heading', { level: 1, name: '办事指南', exact: true }).waitFor();
    await page.goto('/');
    await page.getByTestId('action-track').click();
    await page.waitForURL('**/track');
    await page.getByRole('heading', { level: 1, name: '查询办件进度', exact: true }).waitFor();
  });

  it('lists catalogue items in the chosen language', async () => {
    ({ context, page } = await openPage(e2e));
    await page.route('**/api/catalogue/items', (route) =>
      route.fulfill(
        json(200, {
          items: [
            {
              code: 'QS-001',
              name: { 'zh-CN': '最低生活保障申请', en: 'Minimum living allowance' },
              category: 'public_service',
              caseType: 'promised',
              promisedLimitDays: 15,
              feeFen: 0,
            },
            { code: 'QS-002', name: { 'zh-CN': '高龄津贴申领', en: 'Old-age allowance' }, category: 'public_service', caseType: 'on_the_spot', feeFen: 0 },
          ],
        }),
      ),
    );
    await page.goto('/guide');
    const list = page.getByTestId('guide-list');
    await list.waitFor();
    await expect(list.locator('li').allTextContents()).resolves.toEqual([
      '最低生活保障申请公共服务 · 承诺 15 个工作日内办结 · 免费事项编码: QS-001',
      '高龄津贴申领公共服务 · 即办件，当场办结 · 免费事项编码: QS-002',
    ]);
    await page.getByRole('button', { name: 'English' }).click();
    await list.getByText('Decided within 15 working days').waitFor();
    await expect(list.locator('li').first().textContent()).resolves.toContain('Minimum living allowance');
  });

  it('says so when the catalogue has no items', async () => {
    ({ context, page } = await openPage(e2e));
    await page.route('**/api/catalogue/items', (route) => route.fulfill(json(200, { items: [] })));
    await page.goto('/guide');
    await page.getByTestId('empty-state').waitFor();
    await expect(page.getByTestId('empty-state').textContent()).resolves.toBe('暂时没有可以查看的事项。');
  });

  it('shows a plain error with a retry when the catalogue cannot be reached, and recovers', async () => {
    ({ context, page } = await openPage(e2e));
    let calls = 0;
    await page.route('**/api/catalogue/items', (route) => {
      calls += 1;
      return calls === 1
        ? route.fulfill(json(404, { code: 'ROUTE_NOT_FOUND', message: '接口不存在：/api/catalogue/items', requestId: 'req-1' }))
        : route.fulfill(json(200, { items: [{ code: 'QS-003', name: { 'zh-CN': '临时救助', en: 'Temporary assistance' } }] }));
    });
    await page.goto('/guide');
    const error = page.getByTestId('async-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('这项服务暂时还没有开通');
    await expect(error.textContent()).resolves.toContain('req-1');
    await expect(page.locator('[aria-live="polite"]').count()).resolves.toBeGreaterThan(0);

    await error.getByRole('button', { name: '重试' }).click();
    await page.getByTestId('guide-list').waitFor();
    await expect(page.getByTestId('guide-list').textContent()).resolves.toContain('临时救助');
  });

  it('lists the demo catalogue served by the real API', async () => {
    ({ context, page } = await openPage(e2e));
    await page.goto('/guide');
    const list = page.getByTestId('guide-list');
    await list.waitFor();
    await expect(list.locator('li').count()).resolves.toBeGreaterThan(5);
    await expect(list.textContent()).resolves.toContain('林木采伐许可证核发');
    await expect(page.getByTestId('async-loading').count()).resolves.toBe(0);
  });

  it('checks the tracking form before asking the server', async () => {
    ({ context, page } = await openPage(e2e));
    await page.goto('/track');
    await page.getByLabel('手机号码后四位').fill('12a');
    await page.getByRole('button', { name: '查询' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect(summary.getByRole('link').allTextContents()).resolves.toEqual(['请输入查询码', '手机号码后四位应为4位数字']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
  });

  it('says what to check when no case matches, and shows the result when one does', async () => {
    ({ context, page } = await openPage(e2e));
    await page.route('**/api/cases/lookup?*', (route) => {
      const url = new URL(route.request().url());
      return url.searchParams.get('code') === 'QS-OK' && url.searchParams.get('phoneLast4') === '1234'
        ? route.fulfill(
            json(200, {
              caseNumber: 'QS-2026-000001',
              itemCode: 'MZ-GG-0003',
              itemName: { 'zh-CN': '高龄津贴申领', en: 'Old-age allowance' },
              townshipId: 'qingshi',
              applicantName: '张*',
              state: 'under_review',
              receivedOn: '2026-03-02',
              acceptedOn: '2026-03-03',
              dueDates: { promised: '2026-03-10', legal: '2026-03-31', provisional: false },
              steps: [
                { seq: 1, action: 'submit', at: '2026-03-02T02:00:00.000Z', toState: 'submitted' },
                { seq: 2, action: 'accept', at: '2026-03-03T02:00:00.000Z', toState: 'under_review' },
              ],
            }),
          )
        : route.fulfill(json(404, { code: 'NOT_FOUND', message: '未找到所请求的内容。', requestId: 'req-2' }));
    });
    await page.goto('/track');
    await page.getByLabel('查询码').fill('QS-NO');
    await page.getByLabel('手机号码后四位').fill('1234');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('没有找到这个办件').waitFor();
    await expect(page.getByTestId('async-error').count()).resolves.toBe(0);

    await page.getByLabel('查询码').fill('QS-OK');
    await page.getByRole('button', { name: '查询' }).click();
    const result = page.getByTestId('track-result');
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('QS-2026-000001');
    await expect(result.textContent()).resolves.toContain('高龄津贴申领');
    await expect(result.getByTestId('case-state').textContent()).resolves.toBe('已受理，正在办理');
    await expect(result.textContent()).resolves.toContain('2026年3月10日');
    await expect(result.getByTestId('case-timeline').locator('li').count()).resolves.toBe(2);
  });

  it('shows a page-not-found view for an unknown path', async () => {
    ({ context, page } = await openPage(e2e));
    await page.goto('/no-such-page');
    await page.getByTestId('not-found').waitFor();
    await page.getByRole('heading', { level: 1, name: '找不到这个页面', exact: true }).waitFor();
  });
});
