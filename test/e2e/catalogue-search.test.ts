import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, seriousAxeViolations, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';

describe('one catalogue search finds what people type, on the guide, the apply picker and the counter', { timeout: 90_000 }, () => {
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

  it('the public guide: db, dibao and gljt find their items; arrow keys go from the box into the results', async () => {
    ({ context, page } = await openPage(e2e, VIEWPORTS.phone));
    await page.goto('/guide');
    const search = page.getByLabel('搜索事项');
    await search.waitFor();
    for (const [q, name] of [
      ['db', '最低生活保障'],
      ['dibao', '最低生活保障'],
      ['gljt', '高龄津贴'],
      ['GLJT', '高龄津贴'],
    ] as const) {
      await search.fill(q);
      await expect(page.locator('[data-testid="guide-list"] .guide__name').first().textContent()).resolves.toContain(name);
    }
    await search.fill('gljt');
    await search.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('高龄津贴');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('guide-search');
    await search.fill('zzzzq');
    await page.getByTestId('guide-no-match').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("the resident's apply picker finds 高龄津贴 by its initials", async () => {
    ({ context, page } = await openPage(e2e));
    await signInDirectly(context, e2e.url, 'resident');
    await page.goto('/resident/apply?township=qingshi');
    const search = page.locator('#choose-search');
    await search.waitFor();
    await search.fill('gljt');
    await expect(page.getByTestId('item-list').locator('li').first().textContent()).resolves.toContain('高龄津贴');
    await search.fill('db');
    await expect(page.getByTestId('item-list').locator('li').first().textContent()).resolves.toContain('最低生活保障');
  });

  it('the counter walk-in finds 低保 by "db" and 高龄津贴 by "gljt"', async () => {
    ({ context, page } = await openPage(e2e));
    await signInDirectly(context, e2e.url, 'clerk');
    await page.goto('/counter/new');
    const search = page.locator('#walk-in-search');
    await search.waitFor();
    await search.fill('db');
    await expect(page.getByTestId('walk-in-matches').locator('li').first().textContent()).resolves.toContain('MZ-JF-0001');
    await search.fill('gljt');
    await expect(page.getByTestId('walk-in-matches').locator('li').first().textContent()).resolves.toContain('MZ-GG-0003');
  });

  it('ships no pinyin library to the browser', () => {
    const dir = join('dist', 'web', 'assets');
    const bundle = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    expect(bundle).toContain('gljt'); // the hint text: the bundle was read
    expect(bundle).not.toMatch(/pinyin-pro|zhōng|chóng/);
  });
});
