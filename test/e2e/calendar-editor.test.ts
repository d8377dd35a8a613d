import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, signInDirectly, startE2e, type E2e } from '../support/browser.js';
import { callApi, dueDateOf, tokenOf } from '../support/e2e-api.js';

const day = (page: Page, date: string) => page.locator(`button[data-date="${date}"]`);

// The administrator keeps the working-day calendar every time limit counts with. Real API.
describe('working-day calendar editor', { timeout: 90_000 }, () => {
  let e2e: E2e;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    e2e = await startE2e();
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  const open = async (as: string, path: string) => {
    const { context, page } = await openPage(e2e);
    contexts.push(context);
    await signInDirectly(context, e2e.url, as);
    await page.goto(path);
    await page.getByTestId('year-editor').waitFor();
    return page;
  };

  it('marks a day a holiday with the keyboard, saves, and a due date across it moves by one day', async () => {
    // Accepted Mon 7 Dec 2026, 5 working days: due Mon 14 Dec; a holiday on Wed 9 Dec pushes it to Tue 15 Dec.
    await expect(dueDateOf(e2e.url, '2026-12-07', 5)).resolves.toMatchObject({ dueDate: '2026-12-14' });
    const page = await open('admin', '/county/calendar?year=2026');
    await expect(day(page, '2026-10-01').getAttribute('data-kind')).resolves.toBe('holiday');
    await expect(day(page, '2026-10-10').getAttribute('data-kind')).resolves.toBe('makeup');
    await expect(day(page, '2026-10-01').locator('[aria-hidden="true"]').allTextContents()).resolves.toEqual(['1', '休']);
    await page.getByRole('button', { name: '2026年10月1日（星期四），节假日', exact: true }).waitFor();

    await day(page, '2026-12-08').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-date'))).toBe('2026-12-09');
    await expect(day(page, '2026-12-09').getAttribute('tabindex')).resolves.toBe('0');
    await page.keyboard.press('Enter');
    await expect(day(page, '2026-12-09').getAttribute('data-kind')).resolves.toBe('holiday');
    await expect(page.getByTestId('calendar-status').textContent()).resolves.toBe('已将2026年12月9日（星期三）标为节假日。');
    await page.getByTestId('calendar-dirty').waitFor();

    await page.getByLabel('依据', { exact: true }).fill('县政府临时放假通知（测试）');
    await page.getByRole('button', { name: '保存 2026 年日历' }).click();
    await page.getByTestId('calendar-saved').waitFor();
    await expect(page.getByTestId('calendar-saved').textContent()).resolves.toContain('到期日已按新日历重新计算');
    await expect(page.getByTestId('year-meta').textContent()).resolves.toContain('第 2 版');
    await expect(dueDateOf(e2e.url, '2026-12-07', 5)).resolves.toMatchObject({ dueDate: '2026-12-15' });
  });

  it('refuses, and explains, a makeup working day on a weekday; takes one on a weekend and undoes it', async () => {
    const page = await open('admin', '/county/calendar?year=2026');
    await page.getByLabel('标为调休上班日').check();
    await day(page, '2026-12-10').click();
    const status = page.getByTestId('calendar-status');
    await expect(status.textContent()).resolves.toBe('不能这样标记：2026年12月10日（星期四）不是星期六或星期日。调休上班日只能是周末。');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    await expect(day(page, '2026-12-10').getAttribute('data-kind')).resolves.toBe('workday');

    await day(page, '2026-12-12').click();
    await expect(day(page, '2026-12-12').getAttribute('data-kind')).resolves.toBe('makeup');
    await page.getByRole('button', { name: '2026年12月12日（星期六），调休上班日', exact: true }).waitFor();
    await day(page, '2026-12-12').click();
    await expect(day(page, '2026-12-12').getAttribute('data-kind')).resolves.toBe('weekend');
    await expect(page.getByTestId('calendar-dirty').count()).resolves.toBe(0);
  });

  it('adds the next year (2027 today), which starts empty and provisional, is refused empty, and once saved counts into it are firm', async () => {
    // The first year with no calendar: 2027 while the seeded data stops at 2026.
    const { body } = await callApi(e2e.url, 'GET', '/api/calendar/years');
    const next = Math.max(...(body.years as { year: number }[]).map((y) => y.year)) + 1;
    await expect(dueDateOf(e2e.url, `${next - 1}-12-28`, 10)).resolves.toMatchObject({ provisional: true });
    const page = await open('admin', '/county/calendar');
    await page.getByLabel('添加年份').fill(String(next));
    await page.getByRole('button', { name: '打开该年份' }).click();
    await page.waitForURL(`**/county/calendar?year=${next}`);
    await page.getByTestId('year-new').waitFor();
    await expect(page.getByTestId('year-new').textContent()).resolves.toContain('暂定');
    await expect(page.getByTestId('year-counts').textContent()).resolves.toBe('节假日 0 天，调休上班日 0 天。');

    await page.getByRole('button', { name: `保存 ${next} 年日历` }).click();
    await expect(page.getByTestId('error-summary').textContent()).resolves.toContain('请至少填写一个节假日');

    await day(page, `${next}-01-01`).click();
    await page.getByRole('button', { name: `保存 ${next} 年日历` }).click();
    await page.getByTestId('calendar-saved').waitFor();
    await expect(page.getByTestId('year-list').textContent()).resolves.toContain(String(next));
    await expect(page.getByTestId('year-new').count()).resolves.toBe(0);
    await expect(dueDateOf(e2e.url, `${next - 1}-12-28`, 10)).resolves.toMatchObject({ provisional: false });
  });

  it('tells a second administrator saving a stale year to reload', async () => {
    const first = await open('admin', '/county/calendar?year=2025');
    const second = await open('admin', '/county/calendar?year=2025');
    await day(first, '2025-12-31').click();
    await first.getByRole('button', { name: '保存 2025 年日历' }).click();
    await first.getByTestId('calendar-saved').waitFor();

    await day(second, '2025-12-30').click();
    await second.getByRole('button', { name: '保存 2025 年日历' }).click();
    await second.getByTestId('calendar-conflict').waitFor();
    await second.getByRole('button', { name: '重新加载' }).click();
    await expect.poll(() => day(second, '2025-12-31').getAttribute('data-kind')).toBe('holiday');
    await expect(day(second, '2025-12-30').getAttribute('data-kind')).resolves.toBe('workday');
  });

  it('lets a supervisor read the calendar without edit controls; the API refuses a forced save', async () => {
    const page = await open('supervisor', '/county/calendar?year=2026');
    await expect(page.locator('[data-date="2026-10-01"]').getAttribute('data-kind')).resolves.toBe('holiday');
    await expect(page.getByTestId('year-grid').locator('button').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /保存/ }).count()).resolves.toBe(0);
    await expect(page.getByLabel('添加年份').count()).resolves.toBe(0);

    const forced = await callApi(e2e.url, 'PUT', '/api/calendar/years/2026', {
      token: await tokenOf(e2e.url, 'supervisor'),
      body: { holidays: ['2026-01-01'], makeupWorkdays: [], version: 1 },
    });
    expect(forced.status).toBe(403);
  });
});
