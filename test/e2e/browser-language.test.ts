import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, seriousAxeViolations, signInDirectly, startE2e, type E2e } from '../support/browser.js';

describe('the language on a first visit', { timeout: 60_000 }, () => {
  let e2e: E2e;
  let context: BrowserContext;

  beforeAll(async () => {
    e2e = await startE2e();
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await context?.close();
  });

  it('speaks English to an English browser, and keeps the switch to Chinese on the next visit', async () => {
    context = await e2e.browser.newContext({ baseURL: e2e.url, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Township service centres online' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);

    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '乡镇便民服务中心 网上办事' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '乡镇便民服务中心 网上办事' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-CN');
  });

  it('downloads English strings only once the page speaks English, and a workspace’s strings with its pages (issue 12)', async () => {
    context = await e2e.browser.newContext({ baseURL: e2e.url, locale: 'zh-CN' });
    await signInDirectly(context, e2e.url, 'resident');
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    const english = () => scripts.filter((p) => /\/[a-z-]+\.en-[\w-]+\.js$/.test(p)).map((p) => p.replace(/^.*\/([a-z-]+)\.en-.*$/, '$1'));

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: '乡镇便民服务中心 网上办事' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(english()).toEqual([]);
    expect(scripts.some((p) => /ResidentWorkspace-/.test(p))).toBe(false);

    await page.goto('/resident');
    await page.getByRole('heading', { level: 1, name: '我的办事' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(english()).toEqual([]);
    expect(scripts.some((p) => /ResidentWorkspace-/.test(p))).toBe(true);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My applications' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    // Every string on the page is there in English: no bare key such as `intake.state.submitted`.
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\b(core|intake|results|resident|ws|async)\.[a-zA-Z]+(\.[a-zA-Z]+)*\b/);
    await screenshot(page, 'resident-dashboard-en-after-switch');
    // The strings of the namespaces on screen, each in its own chunk; nothing of the other workspaces.
    expect(english().sort()).toEqual(['core', 'drafts', 'intake', 'results']);
    expect(scripts.filter((p) => /(Counter|Office|County)Workspace-/.test(p))).toEqual([]);
  });

  it('opens in Chinese for any other browser', async () => {
    context = await e2e.browser.newContext({ baseURL: e2e.url, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: '乡镇便民服务中心 网上办事' }).waitFor();
  });
});
