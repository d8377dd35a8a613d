import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAxeViolations, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';
import { residentIdCheckChar } from '../../functions/core/identity/resident-id.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';

/** The applicant's own data for a 低保 application (MZ-JF-0001, 7 materials, 6 of them required). */
const DIBAO_ANSWERS: [label: string, value: string][] = [
  ['申请人姓名', '李秀英'],
  ['公民身份号码', DEMO_APPLICANT.idNumber],
  ['手机号码', '13912345678'],
  ['户籍或居住地址', '青石镇白沙村 5 组 8 号'],
  ['共同生活家庭人口数', '3'],
  ['家庭月总收入（元）', '1200'],
  ['申请理由', '家庭成员患病，收入低于当地低保标准'],
];
/** A valid ID number of its own, so two tests' applications are not duplicates of each other. */
const idNumberOf = (first17: string) => `${first17}${residentIdCheckChar(first17)}`;
const DIBAO_REQUIRED = ['申请人居民身份证', '户口簿', '最低生活保障申请书', '家庭收入和财产状况声明', '家庭经济状况核对授权书', '本人社会保障卡或银行账户信息'];

describe('the walk-in flow at the counter', { timeout: 90_000 }, () => {
  let e2e: E2e;
  let api: StackApi;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2e();
    api = new StackApi(e2e.url);
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await context?.close();
  });

  const openWalkIn = async () => {
    ({ context, page } = await openPage(e2e));
    await signInDirectly(context, e2e.url, 'clerk');
    await page.goto('/counter/new');
    await page.getByLabel('事项名称、简称或编码').waitFor();
  };

  it('marks a legal date the published calendar does not reach as provisional on the result, as the API says', async () => {
    await openWalkIn();
    await page.getByLabel('事项名称、简称或编码').fill('MZ-JF-0001');
    await page.keyboard.press('Enter');
    await page.getByTestId('walk-in-materials').waitFor();
    for (const name of DIBAO_REQUIRED) await page.getByLabel(`已核验原件：${name}`, { exact: true }).check();
    for (const [label, value] of DIBAO_ANSWERS) await page.getByLabel(label).fill(value);
    await page.getByRole('button', { name: '当场受理' }).click();
    await page.getByTestId('walk-in-result').waitFor();

    const caseId = (await page.getByTestId('walk-in-result').getAttribute('data-case-id'))!;
    const view = await api.call<{ case: { dueDates: { provisional: boolean } }; clock?: { provisional: boolean } }>('GET', `/api/cases/${caseId}`, 'clerk');
    // 30 working days from a day in December run into a year whose holidays are not published yet.
    expect(view.case.dueDates.provisional).toBe(true);
    await expect(page.getByTestId('result-legal').textContent()).resolves.toContain('（暂定）');
    await expect(page.getByTestId('result-provisional-note').textContent()).resolves.toContain('暂定');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await page.setViewportSize(VIEWPORTS.phone);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'counter-walk-in-provisional-360');
  });

  it('marks nothing when both dates fall in a published year', async () => {
    await openWalkIn();
    // 城乡居民基本养老保险参保登记: 3 / 10 working days.
    await page.getByLabel('事项名称、简称或编码').fill('RS-GG-0001');
    await page.keyboard.press('Enter');
    await page.getByTestId('walk-in-materials').waitFor();
    for (const name of ['申请人居民身份证', '户口簿', '城乡居民基本养老保险参保登记表']) await page.getByLabel(`已核验原件：${name}`, { exact: true }).check();
    for (const [label, value] of DIBAO_ANSWERS.slice(0, 4)) await page.getByLabel(label).fill(value);
    await page.getByLabel(/缴费档次/).selectOption('g500');
    await page.getByRole('button', { name: '当场受理' }).click();
    await page.getByTestId('walk-in-result').waitFor();
    const caseId = (await page.getByTestId('walk-in-result').getAttribute('data-case-id'))!;
    const created = await api.caseOf(caseId);
    await expect(page.getByTestId('result-provisional').count()).resolves.toBe(created.dueDates.provisional ? 1 : 0);
    await expect(page.getByTestId('result-provisional-note').count()).resolves.toBe(created.dueDates.provisional ? 1 : 0);
  });

  it("completes a 7-material walk-in (低保) by keyboard alone in at most 15 actions beyond the applicant's data", async () => {
    await openWalkIn();
    let actions = 0;
    const press = async (key: string) => {
      actions += 1;
      await page.keyboard.press(key);
    };
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

    // The search box has focus on arrival: type the initials, Enter takes the first match.
    await expect.poll(focusedId).toBe('walk-in-search');
    actions += 1;
    await page.keyboard.type('db');
    await page.getByTestId('walk-in-matches').getByText('最低生活保障审核确认').waitFor();
    await press('Enter');
    await page.getByTestId('walk-in-materials').waitFor();
    await expect(page.getByTestId('walk-in-materials').locator('li').count()).resolves.toBe(7);

    // Focus is on "all required originals checked": Space ticks the six required ones, the optional one stays unticked.
    await expect.poll(focusedId).toBe('walk-in-all-originals');
    await press('Space');
    for (const name of DIBAO_REQUIRED) await expect(page.getByLabel(`已核验原件：${name}`, { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('已核验原件：残疾人证（家庭成员有残疾的）').isChecked()).resolves.toBe(false);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'counter-walk-in-all-originals-1280');

    // Focus moved to the applicant's first field; their data is typed, Tab moves between the fields.
    const answers: [string, string][] = DIBAO_ANSWERS.map(([label, value]) => [label, label === '公民身份号码' ? idNumberOf('11010519491231005') : value]);
    for (const [index, [label, value]] of answers.entries()) {
      if (index > 0) await press('Tab');
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '')).toContain(label);
      await page.keyboard.type(value);
    }

    // On to the accept button, and Enter.
    while (actions < 20 && (await page.evaluate(() => document.activeElement?.textContent ?? '')) !== '当场受理') await press('Tab');
    await press('Enter');
    await page.getByTestId('walk-in-result').waitFor();
    const caseId = (await page.getByTestId('walk-in-result').getAttribute('data-case-id'))!;
    const created = await api.caseOf(caseId);
    expect(created).toMatchObject({ state: 'under_review', itemCode: 'MZ-JF-0001', applicant: { name: '李秀英' } });
    expect(
      created.materials
        .filter((m: { originalChecked?: unknown }) => m.originalChecked)
        .map((m: { materialId: string }) => m.materialId)
        .sort(),
    ).toEqual(['application', 'authorisation', 'bankCard', 'hukou', 'idCard', 'incomeStatement']);
    console.log(`walk-in of a 7-material item: ${actions} keyboard actions beyond the applicant's data`);
    expect(actions).toBeLessThanOrEqual(15);
  });
});
