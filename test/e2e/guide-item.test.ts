import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';
import { chinaToday, dueDateOf } from '../support/e2e-api.js';

const materialIds = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('[data-material]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-material')));

// An anonymous resident (or a generalist clerk) reads an item before applying: the real API and demo catalogue.
describe('public item page', { timeout: 60_000 }, () => {
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

  it('opens from the guide list and shows limits, materials and the due date if accepted today', async () => {
    ({ context, page } = await openPage(e2e, VIEWPORTS.phone));
    await page.goto('/guide');
    await page.getByRole('link', { name: '高龄津贴申领' }).click();
    await page.waitForURL('**/guide/MZ-GG-0003');
    const item = page.getByTestId('item-page');
    await item.waitFor();
    await page.getByRole('heading', { level: 1, name: '高龄津贴申领' }).waitFor();

    await expect(page.getByTestId('fact-promised').textContent()).resolves.toBe('5 个工作日');
    await expect(page.getByTestId('fact-legal').textContent()).resolves.toBe('20 个工作日');
    await expect(page.getByTestId('fact-case-type').textContent()).resolves.toContain('承诺件');
    await expect(page.getByTestId('fact-fee').textContent()).resolves.toBe('免费');
    await expect(page.getByTestId('fact-handled-by').textContent()).resolves.toContain('乡镇社会事务办公室');

    const expected = await dueDateOf(e2e.url, chinaToday(), 5);
    const due = page.getByTestId('due-date-value');
    await due.waitFor();
    await expect(due.getAttribute('data-date')).resolves.toBe(expected.dueDate);
    await expect(page.getByTestId('due-date-explanation').textContent()).resolves.toContain('受理次日起计5个工作日');
    await expect(page.getByTestId('due-date-provisional').count()).resolves.toBe(expected.provisional ? 1 : 0);

    await expect(page.getByTestId('item-materials').locator('li').count()).resolves.toBeGreaterThan(1);
    await expect(page.getByTestId('item-materials').textContent()).resolves.toContain('申请人居民身份证');
    await expect(page.getByTestId('item-materials').textContent()).resolves.toContain('原件和复印件');
    const apply = page.getByTestId('apply-online').getByRole('link', { name: '在线申请' });
    await expect(apply.getAttribute('href')).resolves.toBe('/resident/apply?item=MZ-GG-0003');
  });

  it('gives the homestead item’s exact materials for a new house and for a rebuild', async () => {
    ({ context, page } = await openPage(e2e));
    await page.goto('/guide/ZR-XK-0001');
    const checklist = page.getByTestId('situation-checklist');
    await checklist.waitFor();
    // Every material is listed, the situation-only ones marked.
    await expect(page.getByTestId('item-materials').textContent()).resolves.toContain('仅限以下情形');

    await checklist.getByLabel('原址翻建').check();
    await page.getByTestId('checklist-result').waitFor();
    const rebuild = await materialIds(page, 'checklist-materials');
    expect(rebuild).toEqual(expect.arrayContaining(['oldHouseCert', 'demolitionCommitment']));
    expect(rebuild).not.toContain('siteSurvey');
    await expect(page.getByTestId('checklist-conditions').textContent()).resolves.toContain('原房屋为危房或确需改造');

    // A new house asks a follow-up question first; until it is answered there is no list.
    await checklist.getByLabel('新建（新址）').check();
    await checklist.getByRole('group', { name: '是否占用农用地？' }).waitFor();
    await expect(page.getByTestId('checklist-result').count()).resolves.toBe(0);
    await checklist.getByLabel('否（使用建设用地或未利用地）').check();
    await page.getByTestId('checklist-result').waitFor();
    await expect.poll(() => materialIds(page, 'checklist-materials')).toContain('siteSurvey');
    const newHouse = await materialIds(page, 'checklist-materials');
    expect(newHouse).not.toContain('oldHouseCert');
    expect(newHouse).not.toContain('landConversion');

    await checklist.getByLabel('是', { exact: true }).check();
    await expect.poll(() => materialIds(page, 'checklist-materials')).toContain('landConversion');
    await expect(page.getByTestId('checklist-result').getByRole('heading', { level: 3 }).textContent()).resolves.toBe(
      `您需要准备 ${newHouse.length + 1} 项材料`,
    );
  });

  it('says whether the chosen township takes the item in, and keeps the choice in the address', async () => {
    ({ context, page } = await openPage(e2e));
    await page.goto('/guide/ZR-XK-0002');
    await page.getByTestId('item-page').waitFor();
    await page.getByLabel('您在哪个乡镇办理？').selectOption('liulin');
    await page.waitForURL('**/guide/ZR-XK-0002?township=liulin');
    const answer = page.getByTestId('offered-here');
    await expect(answer.getAttribute('data-offered')).resolves.toBe('false');
    await expect(answer.textContent()).resolves.toContain('柳林镇自2026年9月1日（星期二）起不再受理此事项');
    await expect(page.getByTestId('apply-online').getByRole('link').count()).resolves.toBe(0);

    await page.getByLabel('您在哪个乡镇办理？').selectOption('qingshi');
    await expect.poll(() => answer.getAttribute('data-offered')).toBe('true');
    await expect(page.getByTestId('fact-handled-by').textContent()).resolves.toContain('青石镇自然资源和规划建设办公室');
    await expect(page.getByTestId('township-list').locator('li[data-offered="false"]').count()).resolves.toBe(1);
  });

  it('reads the same item in English, explanation of the due date included', async () => {
    ({ context, page } = await openPage(e2e));
    await page.goto('/guide/RS-GG-0002');
    await page.getByTestId('item-page').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Employment and unemployment registration' }).waitFor();
    await expect(page.getByTestId('fact-promised').textContent()).resolves.toBe('Same day');
    await expect(page.getByTestId('due-date-explanation').textContent()).resolves.toContain('decided on the spot');
  });

  it('shows a plain error for an item that does not exist', async () => {
    ({ context, page } = await openPage(e2e));
    await page.goto('/guide/NO-SUCH-0000');
    const error = page.getByTestId('async-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('未找到事项 NO-SUCH-0000');
  });
});
