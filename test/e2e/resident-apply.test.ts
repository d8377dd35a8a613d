import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';
import { APPLICANT, callerFor, fileOf, waitForUploads } from './intake-support.js';

// Applying online end to end in Chromium: a resident on a phone, validation, a village proxy.
describe('applying online', { timeout: 90_000 }, () => {
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

  const open = async (as: string, viewport: { width: number; height: number } = VIEWPORTS.desktop) => {
    ({ context, page } = await openPage(e2e, viewport));
    await signInDirectly(context, e2e.url, as);
  };
  const continueButton = () => page.getByRole('button', { name: '继续', exact: true });

  it('a resident on a phone applies for a house-building permit with real uploads and gets a case number and query code', async () => {
    await open('resident', VIEWPORTS.phone);
    await page.goto('/resident');
    await page.getByTestId('workspace-resident').waitFor();
    await page.locator('#start').getByRole('link', { name: '在线申请' }).click();

    // Choose: Qingshi is the default township; search narrows the list.
    await page.getByTestId('item-list').waitFor();
    await expect(page.getByLabel('青石镇').isChecked()).resolves.toBe(true);
    await page.getByLabel('搜索事项').fill('建房');
    await expect(page.getByTestId('item-list').locator('li').count()).resolves.toBeGreaterThanOrEqual(1);
    await page.locator('[data-code="ZR-XK-0001"]').getByRole('button').click();

    // Situation: the follow-up question appears only for a new house; rebuilding lists its own materials.
    await page.getByTestId('apply-situation').waitFor();
    await expect(page.locator('#page-title').textContent()).resolves.toBe('申请条件和您的情况');
    await page.getByLabel('新建（新址）').check();
    await page.getByText('是否占用农用地？').waitFor();
    await page.getByLabel('原址翻建').check();
    await expect(page.getByText('是否占用农用地？').count()).resolves.toBe(0);
    await page.getByTestId('checklist').getByText('拆旧建新承诺书').waitFor();
    await expect(page.getByTestId('checklist').getByText('宅基地坐落平面位置图').count()).resolves.toBe(0);
    await continueButton().click();

    // Form: typed fields, and the draft survives a reload.
    await page.getByTestId('apply-form').waitFor();
    await page.getByLabel('申请人姓名').fill(APPLICANT.applicantName);
    await page.getByLabel('公民身份号码').fill(APPLICANT.idNumber.toLowerCase());
    await expect(page.getByLabel('手机号码').getAttribute('inputmode')).resolves.toBe('tel');
    await page.getByLabel('手机号码').fill(APPLICANT.phone);
    await page.getByLabel('户籍或居住地址').fill(APPLICANT.address);
    await page.getByLabel('所在村（居）').fill('青石村');
    await page.reload();
    await page.getByTestId('apply-form').waitFor();
    // The saved draft is restored after the form renders.
    await expect.poll(() => page.getByLabel('申请人姓名').inputValue()).toBe(APPLICANT.applicantName);
    await expect.poll(() => page.getByLabel('所在村（居）').inputValue()).toBe('青石村');
    await page.getByLabel('户内人口数').fill('4');
    await page.getByLabel('拟用宅基地面积（平方米）').fill('120');
    await page.getByLabel('拟建房屋建筑面积（平方米）').fill('200');
    await page.getByLabel('层数').fill('2');
    await continueButton().click();

    // Materials: a wrong type is refused in the browser; the rest upload; 容缺 may wait.
    await page.getByTestId('apply-materials').waitFor();
    await page.setInputFiles('#material-idCard', fileOf('notes.txt', 'text/plain'));
    await page.getByTestId('material-idCard').getByText('notes.txt 的文件类型不能用').waitFor();
    await expect(page.getByTestId('material-demolitionCommitment').getByText('容缺：可以以后补交').count()).resolves.toBe(1);
    await expect(page.locator('#material-housePlan').getAttribute('accept')).resolves.toBe('application/pdf,.pdf,.dwg');
    const uploads: [string, string, string][] = [
      ['idCard', 'id-front.jpg', 'image/jpeg'],
      ['hukou', 'hukou.png', 'image/png'],
      ['application', 'application.pdf', 'application/pdf'],
      ['villageOpinion', 'minutes.pdf', 'application/pdf'],
      ['commitment', 'commitment.jpg', 'image/jpeg'],
      ['housePlan', 'plan.pdf', 'application/pdf'],
      ['oldHouseCert', 'old-cert.jpg', 'image/jpeg'],
    ];
    for (const [materialId, name, type] of uploads) await page.setInputFiles(`#material-${materialId}`, fileOf(name, type));
    for (const [materialId] of uploads) await waitForUploads(page, materialId, 1);
    await expect(page.getByTestId('material-idCard-status').textContent()).resolves.toContain('已上传');
    await continueButton().click();

    // Check your answers, then submit.
    await page.getByTestId('apply-check').waitFor();
    await expect(page.locator('#check-answers-idNumber').textContent()).resolves.toContain('11010519491231002x');
    await expect(page.locator('#check-material-demolitionCommitment').textContent()).resolves.toContain('以后补交');
    await expect(page.locator('#check-question-buildType').textContent()).resolves.toContain('原址翻建');
    await screenshot(page, 'resident-check-360');
    await page.getByRole('button', { name: '确认并提交' }).click();

    await page.getByTestId('apply-submitted').waitFor();
    await page.getByTestId('case-number').waitFor();
    const caseNumber = await page.getByTestId('case-number').textContent();
    const queryCode = await page.getByTestId('query-code').textContent();
    expect(caseNumber).toMatch(/^QS-\d{4}-\d{6}$/);
    expect(queryCode).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    await page.getByText('受理后，承诺在 15 个工作日内办结。').waitFor();
    await expect(page.getByRole('link', { name: '用查询码查询进度' }).getAttribute('href')).resolves.toBe(`/track?code=${queryCode}`);

    // The case holds the answers and every uploaded file; the draft is gone.
    const resident = await callerFor(e2e.url, 'resident');
    const mine = await resident.call('GET', '/api/cases');
    const entry = mine.body.items.find((i: { caseNumber: string }) => i.caseNumber === caseNumber);
    const detail = await resident.call('GET', `/api/cases/${entry.caseId}`);
    expect(detail.body.case).toMatchObject({ channel: 'online', state: 'submitted', variantAnswers: { buildType: 'rebuild' } });
    expect(detail.body.case.materials.map((m: { materialId: string }) => m.materialId).sort()).toEqual(uploads.map((u) => u[0]).sort());
    await expect(page.evaluate(() => sessionStorage.getItem('ow.intake.draft'))).resolves.toBeNull();
  });

  it('shows a bad ID number in the error summary and at the ID field, and the summary link focuses the field', async () => {
    await open('resident');
    await page.goto('/resident/apply?item=MZ-GG-0003');
    await page.getByTestId('chosen-item').getByRole('button', { name: /申请/ }).click();
    await page.getByTestId('apply-situation').waitFor();
    // No situation questions: the checklist is there at once, 容缺 marked.
    await page.getByTestId('checklist').getByText('容缺：可以以后补交').waitFor();
    await continueButton().click();

    await page.getByTestId('apply-form').waitFor();
    // Moving between steps puts focus on the new title, so a screen reader announces it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-title');
    await page.getByLabel('申请人姓名').fill('张明');
    await page.getByLabel('公民身份号码').fill('110105194912310021');
    await page.getByLabel('手机号码').fill('12345');
    await continueButton().click();

    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
    await expect(summary.getByRole('link', { name: /公民身份号码/ }).textContent()).resolves.toContain('校验');
    await expect(summary.textContent()).resolves.toContain('户籍或居住地址：此项必填');
    const idError = await page.locator('#field-idNumber-error').textContent();
    expect(idError).toContain('校验');
    await expect(page.locator('#field-idNumber').getAttribute('aria-describedby')).resolves.toContain('field-idNumber-error');
    await expect(page.locator('#field-phone-error').textContent()).resolves.toContain('11位手机号码');
    await expect(page.title()).resolves.toMatch(/^错误：/);
    await screenshot(page, 'resident-form-errors-1280');

    await summary.getByRole('link', { name: /公民身份号码/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-idNumber');

    // Fixed, the form moves on; the summary is gone.
    await page.getByLabel('公民身份号码').fill(APPLICANT.idNumber);
    await page.getByLabel('手机号码').fill(APPLICANT.phone);
    await page.getByLabel('户籍或居住地址').fill(APPLICANT.address);
    await continueButton().click();
    await page.getByTestId('apply-materials').waitFor();

    // Continuing without a required material names it; the 容缺 bank card is not asked for.
    await continueButton().click();
    await summary.waitFor();
    await expect(summary.locator('li').allTextContents()).resolves.toEqual(['请上传“申请人居民身份证”', '请上传“户口簿”']);

    // The hidden file input still takes keyboard focus, and its label-button shows the focus ring.
    await page.locator('#material-idCard').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('material-idCard');
    const ring = await page.evaluate(() => getComputedStyle(document.querySelector('label[for="material-idCard"]')!).boxShadow);
    expect(ring).not.toBe('none');

    await page.setInputFiles('#material-idCard', fileOf('id.jpg', 'image/jpeg'));
    await page.setInputFiles('#material-hukou', fileOf('hukou.pdf', 'application/pdf'));
    await waitForUploads(page, 'idCard', 1);
    await waitForUploads(page, 'hukou', 1);
    await continueButton().click();

    // A change link on the check page lands on the field, and "continue" comes back to the check page.
    await page.getByTestId('apply-check').waitFor();
    await page.locator('#check-answers-phone-change').click();
    await page.getByTestId('apply-form').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-phone');
    await page.getByLabel('手机号码').fill('13900139000');
    await continueButton().click();
    await page.getByTestId('apply-check').waitFor();
    await expect(page.locator('#check-answers-phone').textContent()).resolves.toContain('13900139000');
  });

  it('a village proxy cannot submit without recording consent, and with it files the case in "cases I filed"', async () => {
    await open('proxy', VIEWPORTS.phone);
    await page.goto('/resident/apply?item=MZ-GG-0003');
    await page.getByTestId('chosen-item').waitFor();
    await page.getByText('您是青石镇的代办员').waitFor();
    await page.getByTestId('chosen-item').getByRole('button', { name: /申请/ }).click();
    await page.getByTestId('apply-situation').waitFor();
    await expect(page.locator('.page-caption').textContent()).resolves.toContain('第 1 步，共 5 步');
    await continueButton().click();
    await page.getByTestId('apply-form').waitFor();
    // Filling in for someone else: no autofill of the proxy's own name and phone.
    await expect(page.getByLabel('申请人姓名').getAttribute('autocomplete')).resolves.toBe('off');
    await page.getByLabel('申请人姓名').fill('李秀英');
    await page.getByLabel('公民身份号码').fill(APPLICANT.idNumber);
    await page.getByLabel('手机号码').fill('13900139000');
    await page.getByLabel('户籍或居住地址').fill('青石镇柳村 2 组');
    await continueButton().click();
    await page.getByTestId('apply-materials').waitFor();
    await page.setInputFiles('#material-idCard', fileOf('id.jpg', 'image/jpeg'));
    await page.setInputFiles('#material-hukou', [fileOf('hukou-1.jpg', 'image/jpeg'), fileOf('hukou-2.jpg', 'image/jpeg')]);
    await waitForUploads(page, 'idCard', 1);
    await waitForUploads(page, 'hukou', 2);
    await continueButton().click();

    // Consent is a step of its own, and it must be filled in.
    await page.getByTestId('apply-consent').waitFor();
    await continueButton().click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect(summary.locator('li').allTextContents()).resolves.toEqual(['请选择村民同意的方式', '请填写村民同意的日期和时间']);

    // Skipping ahead by address lands back on the consent step.
    await page.goto('/resident/apply/check');
    await page.getByTestId('apply-consent').waitFor();

    await page.getByLabel('签署了代办委托书').check();
    await page.getByLabel('同意的日期和时间').fill('2026-01-05T09:30');
    await page.getByLabel('备注（选填）').fill('委托书存村便民服务室');
    await continueButton().click();
    await page.getByTestId('apply-check').waitFor();
    await expect(page.locator('#check-consent').textContent()).resolves.toContain('签署了代办委托书');
    await page.getByRole('button', { name: '确认并提交' }).click();
    await page.getByTestId('case-number').waitFor();
    const caseNumber = await page.getByTestId('case-number').textContent();

    await page.getByRole('link', { name: '我代办的申请' }).click();
    await page.getByTestId('case-list').waitFor();
    const row = page.getByTestId('case-list').locator('li', { hasText: caseNumber! });
    await expect(row.textContent()).resolves.toContain('李*');
    await expect(row.getByTestId('case-state').textContent()).resolves.toBe('等待审核');

    const proxy = await callerFor(e2e.url, 'proxy');
    const mine = await proxy.call('GET', '/api/cases');
    const entry = mine.body.items.find((i: { caseNumber: string }) => i.caseNumber === caseNumber);
    const detail = await proxy.call('GET', `/api/cases/${entry.caseId}`);
    expect(detail.body.case).toMatchObject({ channel: 'proxy', proxyConsent: { method: 'signed_form', note: '委托书存村便民服务室' } });
    expect(detail.body.case.materials.find((m: { materialId: string }) => m.materialId === 'hukou').files).toHaveLength(2);
  });
});
