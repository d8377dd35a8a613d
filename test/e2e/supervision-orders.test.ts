import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { countyCasePath } from '../../web/src/pages/county/county-pages.js';
import { screenshot, VIEWPORTS } from '../support/browser.js';
import type { StackApi } from '../support/stack-api.js';
import { acceptedOldAgeCase, openAs, startOfficeE2e, type OfficeE2e } from './office-support.js';
import { sweepPage } from './sweep.js';

/**
 * 督办单 in the browser: the county supervisor issues an order on a late case, the office finds
 * it in its list and replies on the case page, the supervisor reads the reply and closes it.
 * Late cases come from the API's clock set back: an old-age allowance (promised in 5 working
 * days) accepted 14 days ago is red today.
 */
describe('supervision orders: supervisor issues, office replies, supervisor closes', { timeout: 300_000 }, () => {
  let stack: OfficeE2e;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    stack = await startOfficeE2e();
    // Tokens are signed with the API's clock: sign in before any shift.
    await stack.api.tokenOf('supervisor');
  }, 120_000);
  afterAll(async () => {
    await stack?.e2e.stop();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  const open = async (username: string, path: string, viewport?: { width: number; height: number }) => {
    const opened = await openAs(stack.e2e, username, path, viewport);
    contexts.push(opened.context);
    return opened.page;
  };
  const lateCase = (days = 14) => stack.daysAgo(days, () => acceptedOldAgeCase(stack.api));
  /** An order issued through the API `daysAgo` days back (1 working day to reply: overdue by now). */
  const issuedEarlier = async (api: StackApi, caseId: string, daysAgo: number) =>
    stack.daysAgo(daysAgo, async () => {
      const { version } = await api.caseOf(caseId, 'supervisor');
      const { order } = await api.call('POST', `/api/cases/${caseId}/supervision-orders`, 'supervisor', {
        version,
        ground: 'red_card',
        instructions: '请说明超期原因',
        replyDays: 1,
      });
      return order as { orderId: string; orderNumber: string };
    });
  const orderRow = (page: Page, caseId: string) => page.locator(`[data-testid="supervision-row"][data-case-id="${caseId}"]`);

  it('the Done-when flow, with the overdue reply flagged in words in both lists', async () => {
    const late = await lateCase();
    // Another late case whose order was issued 10 days ago with 1 working day to reply: overdue now.
    const older = await lateCase(30);
    const overdueOrder = await issuedEarlier(stack.api, older.caseId, 10);

    // The supervisor finds the order list in the county nav; the overdue order says so.
    const supervisor = await open('supervisor', '/county/catalogue');
    await supervisor.getByRole('navigation').getByRole('link', { name: '督办单' }).click();
    await supervisor.getByTestId('supervision-page').waitFor();
    const overdueRow = orderRow(supervisor, older.caseId);
    await overdueRow.waitFor();
    await expect(overdueRow.getByTestId('order-overdue').textContent()).resolves.toContain('答复已逾期');
    await expect(overdueRow.textContent()).resolves.toContain(overdueOrder.orderNumber);
    await expect(overdueRow.textContent()).resolves.toContain('青石镇');

    // Opens the late case (the dashboard's drill-down opens the same page): red, applicant masked.
    await supervisor.goto(countyCasePath(late.caseId));
    await supervisor.getByTestId('county-case').waitFor();
    await supervisor.getByTestId('card-red').first().waitFor();
    await expect(supervisor.getByTestId('applicant').textContent()).resolves.not.toContain('13800138000');
    await supervisor.getByTestId('case-orders-none').waitFor();
    const issue = supervisor.getByTestId('issue-form');
    await expect(issue.getByLabel('督办事由').inputValue()).resolves.toBe('red_card');
    await expect(issue.getByLabel('答复期限（工作日）').inputValue()).resolves.toBe('5');
    await expect(issue.textContent()).resolves.toContain('督办单发给');
    // Without instructions it is refused on the field, listed in the summary.
    await issue.getByRole('button', { name: '签发督办单' }).click();
    await expect(supervisor.locator('#issue-instructions-error').textContent()).resolves.toContain('请填写“督办要求”');
    await expect(supervisor.getByTestId('error-summary').textContent()).resolves.toContain('请填写“督办要求”');
    await issue.getByLabel('督办要求').fill('请说明超期原因，限期办结');
    await screenshot(supervisor, 'supervision-flow-issue-form-1280');
    await issue.getByRole('button', { name: '签发督办单' }).click();
    await supervisor.getByTestId('order-done').waitFor();
    const issued = supervisor.locator('[data-testid="case-order"][data-status="open"]');
    await issued.waitFor();
    await expect(issued.getByTestId('order-instructions').textContent()).resolves.toContain('请说明超期原因，限期办结');
    const orderId = await issued.getAttribute('data-order-id');
    expect((await stack.api.call('GET', `/api/cases/${late.caseId}/supervision-orders`, 'supervisor')).items).toEqual([
      expect.objectContaining({ orderId, status: 'open', replyDays: 5, ground: 'red_card', officeId: 'qingshi-social' }),
    ]);
    // No close or escalate before the office has replied.
    await expect(supervisor.getByTestId('conclude-form').count()).resolves.toBe(0);

    // The list filters: open ones hold the new order; "overdue only" leaves just the overdue one.
    await supervisor.goto('/county/supervision');
    await orderRow(supervisor, late.caseId).waitFor();
    await supervisor.getByLabel('只看答复逾期的').check();
    await supervisor.getByRole('button', { name: '筛选' }).click();
    // The list reloads: wait for the filtered answer (only the overdue order), not the loading state.
    await expect.poll(async () => [await orderRow(supervisor, older.caseId).count(), await orderRow(supervisor, late.caseId).count()]).toEqual([1, 0]);
    await supervisor.getByLabel('只看答复逾期的').uncheck();
    await supervisor.getByLabel('状态').selectOption('closed');
    await supervisor.getByRole('button', { name: '筛选' }).click();
    await supervisor.getByTestId('empty-state').waitFor();

    // The office sees it in its list (earliest reply deadline first) and replies on the case page.
    const reviewer = await open('reviewer', '/office');
    await reviewer.getByRole('navigation').getByRole('link', { name: '督办单' }).click();
    await reviewer.waitForURL('**/office/supervision');
    const officeRows = reviewer.getByTestId('supervision-row');
    await officeRows.first().waitFor();
    const officeCases = await officeRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case-id')));
    expect(officeCases.indexOf(older.caseId)).toBeLessThan(officeCases.indexOf(late.caseId));
    await expect(orderRow(reviewer, older.caseId).getByTestId('order-overdue').textContent()).resolves.toContain('答复已逾期');
    await screenshot(reviewer, 'supervision-flow-office-list-1280');
    await orderRow(reviewer, late.caseId).getByRole('link', { name: late.caseNumber }).click();
    await reviewer.getByTestId('office-case').waitFor();
    const reply = reviewer.locator(`[data-testid="case-order"][data-order-id="${orderId}"]`).getByTestId('reply-form');
    await reply.waitFor();
    await reply.getByLabel('发生了什么').fill('等待民政系统比对结果');
    await reply.getByLabel('将采取的措施').fill('已协调县民政局加急比对');
    await reply.getByRole('button', { name: '提交答复' }).click();
    await expect(reviewer.locator(`#reply-${orderId}-byDate-error`).textContent()).resolves.toContain('请填写计划完成日期');
    const byDate = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await reply.getByLabel('计划完成日期').fill(byDate);
    await reply.getByRole('button', { name: '提交答复' }).click();
    await reviewer.getByTestId('order-done').waitFor();
    await reviewer.locator(`[data-testid="case-order"][data-order-id="${orderId}"][data-status="replied"]`).waitFor();
    await expect(reviewer.locator(`[data-testid="case-order"][data-order-id="${orderId}"]`).getByTestId('reply-form').count()).resolves.toBe(0);

    // The supervisor sees the reply and closes the order with a note.
    await supervisor.goto(countyCasePath(late.caseId));
    const replied = supervisor.locator(`[data-testid="case-order"][data-order-id="${orderId}"]`);
    await replied.getByTestId('order-reply').waitFor();
    await expect(replied.getByTestId('order-reply').textContent()).resolves.toContain('已协调县民政局加急比对');
    const conclude = replied.getByTestId('conclude-form');
    await conclude.getByLabel('意见').fill('答复属实，督促按期办结');
    await screenshot(supervisor, 'supervision-flow-conclude-form-1280');
    await conclude.getByRole('button', { name: '办结督办单' }).click();
    await supervisor.getByTestId('order-done').waitFor();
    await supervisor.locator(`[data-testid="case-order"][data-order-id="${orderId}"][data-status="closed"]`).waitFor();
    await expect(replied.getByTestId('order-closure').textContent()).resolves.toContain('答复属实');
    await expect(supervisor.getByTestId('conclude-form').count()).resolves.toBe(0);
    await expect(supervisor.getByTestId('history').textContent()).resolves.toContain('办结督办单');
    expect((await stack.api.caseOf(late.caseId, 'supervisor')).supervisionOrders).toEqual([expect.objectContaining({ orderId, status: 'closed' })]);
  });

  it('the supervisor escalates an unsatisfying reply; without a note it is refused on the field', async () => {
    const c = await lateCase();
    const order = await issuedEarlier(stack.api, c.caseId, 0);
    const { version } = await stack.api.caseOf(c.caseId, 'reviewer');
    await stack.api.call('POST', `/api/cases/${c.caseId}/supervision-orders/${order.orderId}/reply`, 'reviewer', {
      version,
      whatHappened: '人手不足',
      measures: '尽快处理',
      byDate: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10),
    });
    const supervisor = await open('supervisor', countyCasePath(c.caseId));
    const conclude = supervisor.getByTestId('conclude-form');
    await conclude.waitFor();
    await conclude.getByRole('button', { name: '升级督办' }).click();
    await expect(supervisor.locator(`#conclude-${order.orderId}-note-error`).textContent()).resolves.toContain('请填写“意见”');
    await conclude.getByLabel('意见').fill('整改措施不具体，报县政务服务中心主任');
    await conclude.getByRole('button', { name: '升级督办' }).click();
    await supervisor.getByTestId('order-done').waitFor();
    const escalated = supervisor.locator(`[data-testid="case-order"][data-order-id="${order.orderId}"][data-status="escalated"]`);
    await escalated.waitFor();
    await expect(escalated.getByTestId('order-escalation').textContent()).resolves.toContain('整改措施不具体');
    await expect(escalated.getByTestId('order-status').textContent()).resolves.toBe('已升级督办');
    await expect(supervisor.getByTestId('conclude-form').count()).resolves.toBe(0);
  });

  it('the county list and case page and the office list and case page are axe clean at 360 and 1280 px in both languages', async () => {
    const open1 = await lateCase();
    await issuedEarlier(stack.api, open1.caseId, 0);
    const replied = await lateCase();
    const order = await issuedEarlier(stack.api, replied.caseId, 0);
    const { version } = await stack.api.caseOf(replied.caseId, 'reviewer');
    await stack.api.call('POST', `/api/cases/${replied.caseId}/supervision-orders/${order.orderId}/reply`, 'reviewer', {
      version,
      whatHappened: 'The comparison with the civil affairs system took long',
      measures: 'We asked the county to speed it up',
      byDate: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10),
    });
    const english = async (p: Page, ready: string) => {
      await p.getByRole('button', { name: 'English' }).click();
      await p.locator('html[lang="en"]').waitFor();
      await p.getByTestId(ready).first().waitFor();
    };
    const entries: { name: string; path: string; as: string; ready: string; act?(p: Page): Promise<void> }[] = [
      { name: 'supervision-county-list', path: '/county/supervision', as: 'supervisor', ready: 'supervision-table' },
      { name: 'supervision-county-case-issue', path: countyCasePath(open1.caseId), as: 'supervisor', ready: 'issue-form' },
      {
        name: 'supervision-county-case-errors',
        path: countyCasePath(open1.caseId),
        as: 'supervisor',
        ready: 'issue-form',
        act: async (p: Page) => {
          await p.locator('#issue-replyDays').fill('99');
          await p.getByTestId('issue-form').locator('button[type="submit"]').click();
          await p.getByTestId('error-summary').waitFor();
        },
      },
      { name: 'supervision-county-case-conclude', path: countyCasePath(replied.caseId), as: 'supervisor', ready: 'conclude-form' },
      { name: 'supervision-office-list', path: '/office/supervision', as: 'reviewer', ready: 'supervision-table' },
      { name: 'supervision-office-case-reply', path: `/office/cases/${open1.caseId}`, as: 'reviewer', ready: 'reply-form' },
    ];
    for (const entry of entries) {
      contexts.push(await sweepPage(stack.e2e, entry));
      const act = async (p: Page) => {
        await english(p, entry.ready);
        await entry.act?.(p);
      };
      contexts.push(await sweepPage(stack.e2e, { ...entry, name: `${entry.name}-en`, act }));
    }
    // A look at 360 px: the list reads as cards with the overdue flag in words.
    const phone = await open('supervisor', '/county/supervision', VIEWPORTS.phone);
    await phone.getByTestId('supervision-table').waitFor();
    await screenshot(phone, 'supervision-county-list-phone');
  });
});
