import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { downloadedText, openPage, screenshot, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';
import { StackApi } from '../support/stack-api.js';
import { acceptedOldAgeCase } from './office-support.js';
import { sweepPage } from './sweep.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Issue 9, tried as a supervisor would: the figures come from the table stream and the deadline
 * sweep as in a deployment (the stack runs both); a case accepted 14 days ago is red, the other is
 * on time. The supervisor finds the red card under its township, drills down to the case, exports
 * the table, changes the period; every page state is axe clean at 360 and 1280 px in both languages.
 */
describe('the county dashboard', { timeout: 240_000 }, () => {
  let e2e: E2e;
  let api: StackApi;
  let shiftMs = 0;
  let late: { caseId: string; caseNumber: string };
  const contexts: BrowserContext[] = [];
  const open = async (path: string, viewport = VIEWPORTS.desktop): Promise<Page> => {
    const opened = await openPage(e2e, viewport);
    contexts.push(opened.context);
    await signInDirectly(opened.context, e2e.url, 'supervisor');
    await opened.page.goto(path);
    return opened.page;
  };
  type Dashboard = { county: { received: number; open: { red: number; none: number; total: number } } };

  beforeAll(async () => {
    e2e = await startE2e({ now: () => new Date(Date.now() - shiftMs), sweepEveryMs: 500 });
    api = new StackApi(e2e.url);
    for (const username of ['resident', 'clerk', 'supervisor']) await api.tokenOf(username);
    shiftMs = 14 * DAY_MS;
    late = await acceptedOldAgeCase(api);
    shiftMs = 0;
    await acceptedOldAgeCase(api, { applicantName: '李芳', idNumber: '110105198001010016', phone: '13900139000', address: '青石镇东山村 5 组' });
  }, 120_000);
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  afterAll(async () => {
    await e2e?.stop();
  });

  it('shows the red card under Qingshi, drills down to the late case, exports the table as CSV', async () => {
    // The stream consumer and the sweep catch up within seconds.
    await expect
      .poll(async () => (await api.call<Dashboard>('GET', '/api/county/dashboard', 'supervisor')).county.open, { timeout: 30_000, interval: 500 })
      .toMatchObject({ total: 2, red: 1, none: 1 });
    const page = await open('/county');
    const table = page.getByTestId('cards-table');
    await table.waitFor();
    const qingshi = table.locator('tr[data-township="qingshi"]');
    await expect(qingshi.locator('th').textContent()).resolves.toBe('青石镇');
    await expect(qingshi.locator('td[data-card="red"]').textContent()).resolves.toBe('1');
    await page.getByTestId('cards-chart').waitFor();
    await expect(page.getByTestId('kpis').locator('[data-kpi="received"] .kpi__value').textContent()).resolves.toBe('2');
    await screenshot(page, 'county-dashboard-1280');

    // CSV of the cards table: UTF-8 with a byte-order mark, the township by name.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#cards-csv').click()]);
    const csv = await downloadedText(download);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('青石镇,2,0,1,0,1');

    // Drill down from the red count to the case, masked, then to the county's case page.
    await qingshi.locator('td[data-card="red"] a').click();
    await page.getByTestId('drill-table').waitFor();
    const rows = page.getByTestId('drill-row');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().getAttribute('data-case-id')).resolves.toBe(late.caseId);
    const text = (await rows.first().textContent()) ?? '';
    expect(text).toContain('红牌');
    expect(text).toMatch(/超期 \d+ 个工作日/);
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('张明');
    await screenshot(page, 'county-drill-down-1280');
    await rows.first().getByRole('link', { name: late.caseNumber }).click();
    await page.getByTestId('county-case').waitFor();
    await expect(page.getByTestId('county-case').getAttribute('data-state')).resolves.toBe('under_review');
  });

  it('checks the period typed in and shows another period', async () => {
    const page = await open('/county');
    await page.getByTestId('period-form').waitFor();
    await page.getByLabel('开始日期').fill('2026-12-31');
    await page.getByLabel('结束日期').fill('2026-01-01');
    await page.getByRole('button', { name: '查看该期间' }).click();
    await page.getByText('开始日期不能晚于结束日期').first().waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('period-from');
    await page.getByRole('button', { name: '本月' }).click();
    await page.waitForURL(/from=\d{4}-\d{2}-01&to=/);
    await page.getByTestId('cards-table').waitFor();
  });

  it('is axe clean and reflows at 360 and 1280 px in both languages: dashboard and drill-down', async () => {
    const english = async (p: Page, ready: string) => {
      await p.getByRole('button', { name: 'English' }).click();
      await p.locator('html[lang="en"]').waitFor();
      await p.getByTestId(ready).first().waitFor();
    };
    for (const entry of [
      { name: 'county-dashboard', path: '/county', as: 'supervisor', ready: 'cards-table' },
      { name: 'county-dashboard-en', path: '/county', as: 'supervisor', ready: 'cards-table', act: (p: Page) => english(p, 'cards-table') },
      { name: 'county-drill', path: '/county/open-cases', as: 'supervisor', ready: 'drill-table' },
      { name: 'county-drill-en', path: '/county/open-cases?card=red', as: 'supervisor', ready: 'drill-table', act: (p: Page) => english(p, 'drill-table') },
      { name: 'county-drill-empty', path: '/county/open-cases?card=legal_breach', as: 'supervisor', ready: 'drill-empty' },
    ]) {
      contexts.push(await sweepPage(e2e, entry));
    }
  });
});
