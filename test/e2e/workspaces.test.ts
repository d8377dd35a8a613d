import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, WORKSPACES, workspaceOf, type Role, type Workspace } from '../../functions/core/auth/principal.js';
import { DEMO_COUNTY, DEMO_TOWNSHIPS } from '../../functions/demo/geography.js';
import { demoAccount, openPage, signInThroughForm, startE2e, usernameOf, type E2e } from '../support/browser.js';

// Browser tests start the whole stack and Chromium: give them room.
const TIMEOUT = 60_000;

const ROLE_LABELS: Record<Role, string> = {
  resident: '申请人',
  proxy: '村代办员',
  clerk: '综合窗口受理员',
  reviewer: '后台审批人员',
  approver: '审批负责人',
  county_officer: '县直部门工作人员',
  supervisor: '县政务服务中心督查',
  admin: '事项清单管理员',
};
const ALL_WORKSPACES = Object.keys(WORKSPACES) as Workspace[];

describe('signing in and the four workspaces', { timeout: TIMEOUT }, () => {
  let e2e: E2e;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2e();
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  const open = async () => {
    ({ context, page } = await openPage(e2e));
    return page;
  };
  afterEach(async () => {
    await context?.close();
  });

  it.each(ROLES.map((role) => [role, workspaceOf(role)] as const))(
    '%s signs in through the form, lands in the %s workspace, and is refused the others',
    async (role, own) => {
      const account = demoAccount(usernameOf(role));
      await open();
      await page.goto('/sign-in');
      await signInThroughForm(page, account.username);

      await page.waitForURL(`**/${own}`);
      await page.getByTestId(`workspace-${own}`).waitFor();
      await expect(page.getByTestId('user-name').textContent()).resolves.toBe(account.name);
      await expect(page.getByTestId('user-role').textContent()).resolves.toBe(ROLE_LABELS[role]);
      const placeId = account.townshipId ?? account.countyId;
      if (placeId) {
        const place = [...DEMO_TOWNSHIPS, DEMO_COUNTY].find((p) => p.id === placeId)!;
        await expect(page.getByTestId('user-place').textContent()).resolves.toBe(place.name['zh-CN']);
      }
      // Focus moved to the new page's title, so a screen reader announces where the user is.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-title');

      for (const other of ALL_WORKSPACES.filter((w) => w !== own)) {
        await page.goto(`/${other}`);
        await page.getByTestId('forbidden').waitFor();
        await expect(page.getByTestId(`workspace-${other}`).count()).resolves.toBe(0);
        await page.getByRole('heading', { level: 1, name: '您无权访问此页面', exact: true }).waitFor();
        const back = page.getByRole('link', { name: /进入我的工作台：/ });
        await expect(back.getAttribute('href')).resolves.toBe(`/${own}`);
      }
    },
  );

  it('sends an anonymous visitor of /counter to sign in, and back to /counter afterwards', async () => {
    await open();
    await page.goto('/counter');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/counter');
    await expect(page.getByTestId('workspace-counter').count()).resolves.toBe(0);

    await signInThroughForm(page, 'clerk');
    await page.waitForURL('**/counter');
    await page.getByRole('heading', { level: 2, name: '待处理的申请' }).waitFor();
    await page.getByText('目前没有待处理的申请。').waitFor();
  });

  it('shows an error summary that takes focus and links to the field when the password is wrong', async () => {
    await open();
    await page.goto('/sign-in');
    await signInThroughForm(page, 'clerk', 'wrong-password');

    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('用户名或密码错误。');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
    await page.waitForFunction(() => document.title.startsWith('错误：'));
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await summary.getByRole('link').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sign-in-username');
  });

  it('lists each empty field in the summary, with the error beside the field', async () => {
    await open();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: '登录', exact: true }).click();

    const links = page.getByTestId('error-summary').getByRole('link');
    await expect(links.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))).resolves.toEqual([
      ['请输入用户名', '#sign-in-username'],
      ['请输入密码', '#sign-in-password'],
    ]);
    await expect(page.getByLabel('用户名').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('用户名').getAttribute('aria-describedby')).resolves.toBe('sign-in-username-error');
  });

  it('signs out to the sign-in page, and the workspace then asks to sign in again', async () => {
    await open();
    await page.goto('/sign-in');
    await signInThroughForm(page, 'reviewer');
    await page.waitForURL('**/office');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('reason') === 'signed-out');
    await page.getByText('您已退出登录。').waitFor();
    await expect(page.evaluate(() => sessionStorage.getItem('ow.session'))).resolves.toBeNull();

    await page.goto('/office');
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/office');
  });

  it('sends a user whose token has expired to sign in, keeping the page they were on', async () => {
    await open();
    await page.goto('/sign-in');
    await signInThroughForm(page, 'supervisor');
    await page.waitForURL('**/county');

    // The server now says the token is expired (as it will after 30 minutes).
    await page.route('**/api/me', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'TOKEN_EXPIRED', message: '登录已过期，请重新登录。', requestId: 'test' }),
      }),
    );
    await page.reload();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    const params = new URL(page.url()).searchParams;
    expect([params.get('next'), params.get('reason')]).toEqual(['/county', 'expired']);
    await page.getByText('登录已过期，为保护您的信息，请重新登录。').waitFor();
  });

  it('renews a working clerk’s token before it expires, and lets an idle one lapse', async () => {
    await open();
    await page.clock.install();
    await page.goto('/sign-in');
    await signInThroughForm(page, 'clerk');
    await page.waitForURL('**/counter');
    const before = await page.evaluate(() => JSON.parse(sessionStorage.getItem('ow.session')!).receivedAt as number);

    // The clerk keeps working; 26 minutes later the token is renewed.
    await page.keyboard.press('Tab');
    const refreshed = page.waitForRequest((r) => r.url().endsWith('/api/auth/local/refresh') && r.method() === 'POST');
    await page.clock.fastForward('26:00');
    await refreshed;
    await page.waitForFunction((t) => JSON.parse(sessionStorage.getItem('ow.session') ?? '{}').receivedAt > t, before);
    expect(new URL(page.url()).pathname).toBe('/counter');

    // Then nobody touches the counter PC: the renewed token lapses and the page asks to sign in.
    await page.clock.fastForward('31:00');
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('reason') === 'expired');
    await expect(page.evaluate(() => sessionStorage.getItem('ow.session'))).resolves.toBeNull();
  });

  it('shows a problem page with a reload button when a workspace’s code cannot be downloaded', async () => {
    await open();
    await page.route('**/assets/CounterWorkspace-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('/sign-in');
    await signInThroughForm(page, 'clerk');
    await page.getByTestId('problem').waitFor();
    expect(new URL(page.url()).pathname).toBe('/counter');
    await expect(page.getByRole('button', { name: '重新加载' }).isVisible()).resolves.toBe(true);

    await page.unroute('**/assets/CounterWorkspace-*.js');
    await page.getByRole('button', { name: '重新加载' }).click();
    await page.getByTestId('workspace-counter').waitFor();
  });

  it('switches the page to English and back, and remembers the choice', async () => {
    await open();
    await page.goto('/');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-CN');
    await page.getByRole('heading', { level: 1, name: '乡镇便民服务中心 网上办事', exact: true }).waitFor();

    // The switch waits for the English strings (their own chunk), then changes the page and <html lang> together.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Township service centres online', exact: true }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(
      page
        .getByRole('link', { name: /Service guide/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Township service centres online', exact: true }).waitFor();
    await page.waitForFunction(() => document.title === 'Township service centres online – One-Window Service');

    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '乡镇便民服务中心 网上办事', exact: true }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-CN');
  });

  it('asks the API in the chosen language, so its messages match the page', async () => {
    await open();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Username').fill('clerk');
    await page.getByLabel('Password', { exact: true }).fill('nope');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('error-summary').waitFor();
    await expect(page.getByTestId('error-summary').textContent()).resolves.toContain('Wrong username or password.');
  });
});
