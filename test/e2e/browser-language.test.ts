import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations, startE2e, type E2e } from '../support/browser.js';

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

  it('opens in Chinese for any other browser', async () => {
    context = await e2e.browser.newContext({ baseURL: e2e.url, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: '乡镇便民服务中心 网上办事' }).waitFor();
  });
});
