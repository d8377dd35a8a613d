import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, signInThroughForm, startE2e, type E2e } from '../support/browser.js';

const DRAFT_KEY = 'ow.intake.draft.u-resident-1';

describe('a resident across tabs and browser restarts', { timeout: 90_000 }, () => {
  let e2e: E2e;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    e2e = await startE2e();
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  const keys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());

  it('stays signed in in a new tab, resumes the draft after the browser closed, and signs out everywhere', async () => {
    const first = await openPage(e2e);
    contexts.push(first.context);
    const page = first.page;
    await page.goto('/sign-in');
    await signInThroughForm(page, 'resident');
    await page.getByTestId('workspace-resident').waitFor();

    // "My cases" opened in a new tab: still signed in.
    const tab = await first.context.newPage();
    await tab.goto('/resident#cases');
    await tab.getByTestId('workspace-resident').waitFor();
    await expect(tab.getByTestId('user-name').textContent()).resolves.toBe('张明');
    await tab.close();

    // A draft begun in the first tab is kept on the device as it is typed.
    await page.locator('#start').getByRole('link', { name: '在线申请' }).click();
    await page.getByTestId('item-list').waitFor();
    await page.locator('[data-code="MZ-GG-0003"]').getByRole('button').click();
    await page.getByTestId('apply-situation').waitFor();
    await page.getByRole('button', { name: '继续', exact: true }).click();
    await page.getByTestId('apply-form').waitFor();
    await page.getByLabel('申请人姓名').fill('张明');
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', DRAFT_KEY)).toContain('张明');

    // The browser closes (sessionStorage gone) and opens again with what it kept on disk.
    const kept = await first.context.storageState();
    await first.context.close();
    contexts.length = 0;
    const reopened = await e2e.browser.newContext({ baseURL: e2e.url, locale: 'zh-CN', storageState: kept });
    contexts.push(reopened);
    const again = await reopened.newPage();
    await again.goto('/resident');
    await again.getByTestId('workspace-resident').waitFor();
    await again
      .locator('#drafts')
      .getByRole('link', { name: /^接着填写/ })
      .click();
    await again.getByTestId('apply-form').waitFor();
    await expect.poll(() => again.getByLabel('申请人姓名').inputValue()).toBe('张明');

    // Signing out in one tab signs the other out too, and forgets the draft and the shared session.
    const other = await reopened.newPage();
    await other.goto('/resident');
    await other.getByTestId('workspace-resident').waitFor();
    await again.getByRole('button', { name: '退出登录' }).click();
    await again.getByText('您已退出登录。').waitFor();
    await other.waitForURL('**/sign-in**');
    expect((await keys(other)).filter((k) => k.startsWith('ow.intake.draft') || k === 'ow.session.shared')).toEqual([]);
    await other.goto('/resident');
    await other.waitForURL('**/sign-in**');
  });

  it('keeps a staff sign-in to its own tab', async () => {
    const { context, page } = await openPage(e2e);
    contexts.push(context);
    await page.goto('/sign-in');
    await signInThroughForm(page, 'clerk');
    await page.getByTestId('workspace-counter').waitFor();
    expect(await keys(page)).not.toContain('ow.session.shared');
    const tab = await context.newPage();
    await tab.goto('/counter');
    await tab.waitForURL('**/sign-in**');
  });
});
