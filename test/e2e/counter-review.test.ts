import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaToday, formatDay, formatMoment } from '../../web/src/pages/counter/dates.js';
import { openPage, screenshot, signInDirectly, startE2e, type E2e } from '../support/browser.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';

/** The old-age allowance (高龄津贴) online, with scans of the ID card and household register but no bank card. */
const oldAgeOnline = (api: StackApi) =>
  api.submit('resident', { itemCode: 'MZ-GG-0003', answers: DEMO_APPLICANT, materials: { idCard: ['身份证正反面.jpg'], hukou: ['户口簿首页.jpg'] } });

describe('the counter answers online applications', { timeout: 90_000 }, () => {
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

  const openAs = async (username: string, path: string) => {
    ({ context, page } = await openPage(e2e));
    await signInDirectly(context, e2e.url, username);
    await page.goto(path);
  };

  it('issues a one-time correction notice, then accepts the resubmission with 容缺 and prints the acceptance notice with due date and QR code', async () => {
    const c = await oldAgeOnline(api);
    await openAs('clerk', '/counter');

    // The queue shows the case masked, with its channel and deadlines.
    const row = page.locator(`[data-case-id="${c.caseId}"]`);
    await row.waitFor();
    const rowText = await row.textContent();
    expect(rowText).toContain('高龄津贴申领');
    expect(rowText).toContain('网上申请');
    expect(rowText).toContain('张*');
    expect(rowText).not.toContain('13800138000');
    await row.getByRole('link', { name: c.caseNumber }).click();

    // The case page: the applicant in full, the item version, the files supplied.
    await page.getByTestId('case-review').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-title');
    await expect(page.getByTestId('applicant').textContent()).resolves.toContain('11010519491231002X');
    await expect(page.getByTestId('item-version').textContent()).resolves.toContain('第 1 版');
    await expect(page.getByTestId('material-idCard').textContent()).resolves.toContain('身份证正反面.jpg');
    await expect(page.getByTestId('material-bankCard').textContent()).resolves.toContain('未提交');

    // The correction notice: a material, a form field and a free item; a ticked row without its problem is refused first.
    await page.getByTestId('choose-correction').click();
    await page.getByLabel('户口簿', { exact: true }).check();
    await page.getByRole('button', { name: '出具一次性告知书' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
    await summary.getByRole('link', { name: '请写明“户口簿”需要补正的内容' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('correction-material-hukou-problem');
    await page.keyboard.type('户口簿照片不清晰，请重新上传首页和本人页');
    await page.getByLabel('户籍或居住地址', { exact: true }).check();
    await page.locator('#correction-field-address-problem').fill('地址请写到门牌号');
    await page.getByRole('button', { name: '添加其他问题' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('correction-free-1');
    await page.keyboard.type('请补充本人银行卡照片');
    await page.getByRole('button', { name: '出具一次性告知书' }).click();
    await page.getByTestId('answer-done').waitFor();
    await expect(page.getByTestId('case-state').textContent()).resolves.toBe('等待补正');

    // The printed notice lists every item at once.
    await page.getByTestId('print-notice').click();
    await page.getByTestId('notice-sheet').waitFor();
    const correction = await page.getByTestId('notice-sheet').textContent();
    expect(correction).toContain('一次性告知书');
    expect(correction).toContain('户口簿：户口簿照片不清晰，请重新上传首页和本人页');
    expect(correction).toContain('户籍或居住地址：地址请写到门牌号');
    expect(correction).toContain('请补充本人银行卡照片');

    // The resident answers the notice through the API, with a new scan.
    const waiting = await api.caseOf(c.caseId);
    const hukou = await api.upload('resident', '户口簿-清晰.jpg');
    await api.call('POST', `/api/cases/${c.caseId}/resubmit`, 'resident', {
      version: waiting.version,
      answers: { ...DEMO_APPLICANT, address: '青石镇青石村 3 组 12 号附 1 号' },
      materials: [{ materialId: 'hukou', fileIds: [hukou] }],
    });

    // Back at the counter, the case waits again; the clerk accepts with the bank card to follow (容缺).
    await page.goto('/counter');
    await expect(page.locator(`[data-case-id="${c.caseId}"]`).textContent()).resolves.toContain('待窗口答复');
    await page.goto(`/counter/cases/${c.caseId}`);
    await page.getByTestId('case-review').waitFor();
    await expect(page.getByTestId('material-hukou').textContent()).resolves.toContain('户口簿-清晰.jpg');
    // The first submission time is kept beside the resubmission's, here and on the resident's case page.
    const resubmitted = await api.caseOf(c.caseId);
    expect(resubmitted.firstReceivedAt).toBe(waiting.receivedAt);
    await expect(page.getByTestId('first-received').textContent()).resolves.toContain(formatMoment(resubmitted.firstReceivedAt, 'zh-CN'));
    await expect(page.getByTestId('resubmitted').textContent()).resolves.toContain(formatMoment(resubmitted.receivedAt, 'zh-CN'));
    const resident = await e2e.browser.newContext({ baseURL: e2e.url, locale: 'zh-CN' });
    await signInDirectly(resident, e2e.url, 'resident');
    const residentPage = await resident.newPage();
    await residentPage.goto(`/resident/cases/${c.caseId}`);
    await expect(residentPage.getByTestId('case-first-received').textContent()).resolves.toContain(formatMoment(resubmitted.firstReceivedAt, 'zh-CN'));
    await expect(residentPage.getByTestId('case-resubmitted').textContent()).resolves.toContain(formatMoment(resubmitted.receivedAt, 'zh-CN'));
    await resident.close();

    await page.getByTestId('choose-accept').click();
    await expect(page.getByLabel('容缺：本人社会保障卡或银行账户信息').isChecked()).resolves.toBe(true);
    const dueOn = addDays(chinaToday(), 14);
    await page.getByLabel('补交日期').fill(dueOn);
    await page.getByRole('button', { name: '受理并出具受理通知书' }).click();
    // The scans' originals were not seen at the window: the clerk confirms accepting without them.
    await page.getByRole('button', { name: '仍然受理' }).click();
    await page.getByTestId('answer-done').waitFor();
    await expect(page.getByTestId('case-state').textContent()).resolves.toBe('已受理，审查中');

    // The acceptance notice: due dates as the API fixed them, the 容缺 date, the query code and its QR code.
    const accepted = await api.caseOf(c.caseId);
    await page.getByTestId('print-notice').click();
    await page.getByTestId('notice-sheet').waitFor();
    await expect(page.getByTestId('notice-promised').textContent()).resolves.toContain(formatDay(accepted.dueDates.promised, 'zh-CN', { weekday: false }));
    await expect(page.getByTestId('notice-legal').textContent()).resolves.toContain(formatDay(accepted.dueDates.legal, 'zh-CN', { weekday: false }));
    await expect(page.getByTestId('notice-deferred').textContent()).resolves.toContain(formatDay(dueOn, 'zh-CN', { weekday: false }));
    await expect(page.getByTestId('query-code').textContent()).resolves.toBe(c.queryCode);
    await expect(page.getByTestId('notice-qr').locator('svg path').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('notice-qr').getAttribute('aria-label')).resolves.toContain(c.queryCode);
    await expect(page.getByTestId('notice-sheet').textContent()).resolves.toContain('青石镇便民服务中心');
    await screenshot(page, 'counter-notice-acceptance-1280');

    // The switch shows the same notice in English; the page itself stays Chinese.
    await page.getByRole('button', { name: '显示英文版' }).click();
    // The sheet switches once the English strings have loaded (they come with the first English view).
    await page.locator('[data-testid="notice-sheet"][lang="en"]').waitFor();
    await expect(page.getByTestId('notice-sheet').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByTestId('notice-sheet').textContent()).resolves.toContain('Acceptance Notice');
    await expect(page.getByTestId('notice-sheet').textContent()).resolves.toContain('Qingshi Town Public Service Centre');
  });

  it('asks for a missing 容缺 date, and shows a not-accepted answer with the prefilled legal basis and remedies on its notice', async () => {
    const c = await oldAgeOnline(api);
    await openAs('clerk', `/counter/cases/${c.caseId}`);
    await page.getByTestId('case-review').waitFor();

    await page.getByTestId('choose-accept').click();
    await page.getByRole('button', { name: '受理并出具受理通知书' }).click();
    await page.getByTestId('error-summary').getByRole('link', { name: '请填写“本人社会保障卡或银行账户信息”的补交日期' }).waitFor();
    await page.waitForFunction(() => document.title.startsWith('错误：'));

    await page.getByTestId('choose-notAccept').click();
    await expect(page.getByLabel('法律依据').inputValue()).resolves.toContain('《中华人民共和国老年人权益保障法》第三十三条');
    await expect(page.getByLabel('救济途径').inputValue()).resolves.toContain('六十日内向青山县人民政府申请行政复议');
    await page.getByLabel('不予受理的理由').fill('申请人未满 80 周岁，不属于高龄津贴发放对象');
    await page.getByRole('button', { name: '出具不予受理通知书' }).click();
    await page.getByTestId('answer-done').waitFor();
    await expect(page.getByTestId('case-state').textContent()).resolves.toBe('不予受理');

    await page.getByTestId('print-notice').click();
    await page.getByTestId('notice-sheet').waitFor();
    const text = await page.getByTestId('notice-sheet').textContent();
    expect(text).toContain('不予受理通知书');
    expect(text).toContain('申请人未满 80 周岁');
    expect(text).toContain('行政诉讼');
  });

  it('says someone else changed the case (409) and reloads it, then the answer goes through', async () => {
    const c = await oldAgeOnline(api);
    await openAs('clerk', `/counter/cases/${c.caseId}`);
    await page.getByTestId('case-review').waitFor();
    await page.getByTestId('choose-accept').click();
    await page.getByLabel('补交日期').fill(addDays(chinaToday(), 10));

    // Meanwhile another clerk records the ID card original: the case moves on a version.
    await api.call('POST', `/api/cases/${c.caseId}/originals`, 'clerk', { version: c.version, materialId: 'idCard' });
    await page.getByRole('button', { name: '受理并出具受理通知书' }).click();
    // The scans' originals were not seen at the window: the clerk confirms accepting without them.
    await page.getByRole('button', { name: '仍然受理' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expect(page.getByTestId('error-summary').textContent()).resolves.toContain('这个办件已被他人修改');
    await page.getByRole('button', { name: '重新加载办件' }).click();
    await page.waitForSelector(`[data-testid="case-review"][data-version="${c.version + 1}"]`);
    await expect(page.getByTestId('material-idCard').textContent()).resolves.toContain('原件已核验');
    await expect(page.getByTestId('error-summary').count()).resolves.toBe(0);

    await page.getByTestId('choose-accept').click();
    await page.getByLabel('补交日期').fill(addDays(chinaToday(), 10));
    await page.getByRole('button', { name: '受理并出具受理通知书' }).click();
    // The scans' originals were not seen at the window: the clerk confirms accepting without them.
    await page.getByRole('button', { name: '仍然受理' }).click();
    await page.getByTestId('answer-done').waitFor();
  });

  it('records a paper original from the materials checklist', async () => {
    const c = await oldAgeOnline(api);
    await openAs('clerk', `/counter/cases/${c.caseId}`);
    await page.getByTestId('case-review').waitFor();
    await page
      .getByTestId('material-hukou')
      .getByRole('button', { name: /记录原件已核验/ })
      .click();
    await page.getByTestId('material-hukou').getByText('原件已核验', { exact: true }).waitFor();
    await expect(page.getByTestId('history').textContent()).resolves.toContain('核验原件');
    expect((await api.caseOf(c.caseId)).materials.find((m: { materialId: string }) => m.materialId === 'hukou').originalChecked.by).toBe('陈静');
  });

  it('shows the API’s refusal of a late correction notice (422 CORRECTION_NOTICE_LATE) at the form', async () => {
    const c = await oldAgeOnline(api);
    await openAs('clerk', `/counter/cases/${c.caseId}`);
    // Five working days cannot pass inside a test: the server's answer after the limit stands in.
    const message = '已超过 5 个工作日的补正告知期限（截至 2026-03-09），依法自收到申请之日起视为受理，请直接受理。';
    await page.route('**/api/cases/*/correction', (route) =>
      route.fulfill({ status: 422, contentType: 'application/json', body: JSON.stringify({ code: 'CORRECTION_NOTICE_LATE', message, requestId: 'e2e' }) }),
    );
    await page.getByTestId('case-review').waitFor();
    await page.getByTestId('choose-correction').click();
    await page.getByLabel('户口簿', { exact: true }).check();
    await page.locator('#correction-material-hukou-problem').fill('照片不清晰');
    await page.getByRole('button', { name: '出具一次性告知书' }).click();
    await page.getByTestId('correction-late').waitFor();
    await expect(page.getByTestId('correction-late').textContent()).resolves.toBe(message);
    await expect(page.getByTestId('error-summary').textContent()).resolves.toContain(message);
  });

  it('does not show a Qingshi case to the clerk of Baihe (the not-found page), nor its notice', async () => {
    const c = await oldAgeOnline(api);
    await openAs('clerk.baihe', `/counter/cases/${c.caseId}`);
    await page.getByTestId('not-found').waitFor();
    await expect(page.getByText('高龄津贴申领').count()).resolves.toBe(0);
    await page.goto(`/notices/${c.caseId}/acceptance`);
    await page.getByTestId('not-found').waitFor();
  });
});
