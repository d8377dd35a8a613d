import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAxeViolations, signInDirectly, signInThroughForm, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';
import { APPLICANT, callerFor, fileOf, waitForUploads, type StackCaller } from './intake-support.js';
import { deleteServerDrafts } from './resident-sweep.js';

/*
 * Drafts kept on the server (issue 11, item 5) in Chromium: half an application on one device is
 * finished on another that never saw it (empty storage), two devices changing one draft are asked
 * which copy to keep, a saved draft is offered when its item is opened again and deleted from the
 * dashboard by keyboard, and nothing typed is lost offline or when the session expires.
 */
describe('application drafts across devices', { timeout: 120_000 }, () => {
  let e2e: E2e;
  let resident: StackCaller;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    e2e = await startE2e();
    resident = await callerFor(e2e.url, 'resident');
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
    await deleteServerDrafts(resident);
  });

  const device = async (viewport: { width: number; height: number } = VIEWPORTS.desktop) => {
    const opened = await openPage(e2e, viewport);
    contexts.push(opened.context);
    return opened;
  };
  const continueButton = (page: Page) => page.getByRole('button', { name: '继续', exact: true });
  /** Waits until the step's save line says what `state` says (`saved`, `device-only`…). */
  const saveState = async (page: Page, state: string) => {
    const line = page.getByTestId('save-state').or(page.getByTestId('draft-conflict')).or(page.getByTestId('draft-gone'));
    await expect.poll(() => line.first().getAttribute('data-state'), { timeout: 15_000 }).toBe(state);
    return line.first();
  };
  const serverDrafts = async () => (await resident.call('GET', '/api/drafts')).body.items as { itemCode: string; version: number; completed: string[] }[];
  const axeClean = async (page: Page) => {
    const violations = await seriousAxeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  };

  it('half an application on one device is finished on another with empty storage, answers and files in place', async () => {
    // The first device: the form filled in, one of two files uploaded.
    const { page: first } = await device();
    await signInDirectly(first.context(), e2e.url, 'resident');
    await first.goto('/resident/apply?item=MZ-GG-0003');
    await first.getByTestId('chosen-item').getByRole('button', { name: /申请/ }).click();
    await first.getByTestId('apply-situation').waitFor();
    await continueButton(first).click();
    await first.getByTestId('apply-form').waitFor();
    await first.getByLabel('申请人姓名').fill(APPLICANT.applicantName);
    await first.getByLabel('公民身份号码').fill(APPLICANT.idNumber);
    await first.getByLabel('手机号码').fill(APPLICANT.phone);
    await first.getByLabel('户籍或居住地址').fill(APPLICANT.address);
    await expect((await saveState(first, 'saved')).textContent()).resolves.toMatch(/^已保存（.+），保留到 .+。$/);
    await continueButton(first).click();
    await first.getByTestId('apply-materials').waitFor();
    await first.setInputFiles('#material-idCard', fileOf('id-front.jpg', 'image/jpeg'));
    await waitForUploads(first, 'idCard', 1);
    await saveState(first, 'saved');
    // The file is in the server's copy before the other device looks.
    await expect.poll(async () => JSON.stringify((await resident.call('GET', '/api/drafts/MZ-GG-0003/qingshi')).body)).toContain('id-front.jpg');
    await screenshot(first, 'drafts-first-device-1280');
    await expect.poll(async () => (await serverDrafts())[0]?.completed).toEqual(['situation', 'form']);

    // Another device: nothing in its storage; it signs in and finds the draft on the dashboard.
    const { page: phone, context } = await device(VIEWPORTS.phone);
    expect((await context.storageState()).origins).toEqual([]);
    await phone.goto('/sign-in');
    await signInThroughForm(phone, 'resident');
    await phone.getByTestId('workspace-resident').waitFor();
    const row = phone.getByTestId('draft-list').locator('li', { hasText: '高龄津贴' });
    await expect(row.textContent()).resolves.toContain('已完成 2 步，共 4 步');
    await expect(row.textContent()).resolves.toMatch(/保存于 .+，保留到 .+/);
    await screenshot(phone, 'drafts-dashboard-second-device-360');
    await row.getByRole('link', { name: /^接着填写/ }).click();

    // It opens at the first step not done, with the file uploaded on the first device.
    await phone.getByTestId('apply-materials').waitFor();
    await phone.getByTestId('material-idCard').locator('.file-upload__file-name', { hasText: 'id-front.jpg' }).waitFor();
    await phone.getByRole('link', { name: '返回上一步' }).click();
    await phone.getByTestId('apply-form').waitFor();
    await expect.poll(() => phone.getByLabel('申请人姓名').inputValue()).toBe(APPLICANT.applicantName);
    await expect(phone.getByLabel('户籍或居住地址').inputValue()).resolves.toBe(APPLICANT.address);
    await continueButton(phone).click();
    await phone.getByTestId('apply-materials').waitFor();
    await phone.setInputFiles('#material-hukou', fileOf('hukou.jpg', 'image/jpeg'));
    await waitForUploads(phone, 'hukou', 1);
    await continueButton(phone).click();
    await phone.getByTestId('apply-check').waitFor();
    await expect(phone.locator('#check-answers-idNumber').textContent()).resolves.toContain(APPLICANT.idNumber);
    await expect(phone.locator('#check-material-idCard').textContent()).resolves.toContain('id-front.jpg');
    await screenshot(phone, 'drafts-resumed-check-360');
    await phone.getByRole('button', { name: '确认并提交' }).click();
    await phone.getByTestId('case-number').waitFor();

    // The case holds both devices' work; the draft is gone from the server and from this device.
    const caseNumber = await phone.getByTestId('case-number').textContent();
    const entry = (await resident.call('GET', '/api/cases')).body.items.find((c: { caseNumber: string }) => c.caseNumber === caseNumber);
    const detail = await resident.call('GET', `/api/cases/${entry.caseId}`);
    expect(detail.body.case.answers).toMatchObject({ applicantName: APPLICANT.applicantName, address: APPLICANT.address });
    expect(detail.body.case.materials.map((m: { materialId: string }) => m.materialId).sort()).toEqual(['hukou', 'idCard']);
    expect(await serverDrafts()).toEqual([]);
    const kept = await context.storageState();
    expect(kept.origins.flatMap((o) => o.localStorage.map((i) => i.name)).filter((n) => n.startsWith('ow.intake.draft'))).toEqual([]);

    // The first device no longer lists it, and forgets its own copy (nothing in it was unsaved).
    await first.goto('/resident');
    await first.getByTestId('case-list').waitFor();
    await expect(first.getByTestId('draft-list').count()).resolves.toBe(0);
    await expect(first.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ow.intake.draft.keyed.')))).resolves.toEqual([]);
  });

  it('two devices changing one draft: the stale save is refused and the applicant chooses which copy to keep', async () => {
    const saved = await resident.call('PUT', '/api/drafts/MZ-GG-0003/qingshi', {
      basedOn: 0,
      itemName: { 'zh-CN': '高龄津贴申领', en: 'Old-age allowance' },
      answers: { applicantName: APPLICANT.applicantName },
      completed: ['situation'],
    });
    expect(saved.status).toBe(200);
    const open = async (viewport: { width: number; height: number }) => {
      const { page } = await device(viewport);
      await signInDirectly(page.context(), e2e.url, 'resident');
      await page.goto('/resident');
      await page
        .getByTestId('draft-list')
        .getByRole('link', { name: /^接着填写/ })
        .click();
      await page.getByTestId('apply-form').waitFor();
      await expect.poll(() => page.getByLabel('申请人姓名').inputValue()).toBe(APPLICANT.applicantName);
      return page;
    };
    const desk = await open(VIEWPORTS.desktop);
    const phone = await open(VIEWPORTS.phone);

    await desk.getByLabel('户籍或居住地址').fill('青石镇青石村 3 组 12 号');
    await saveState(desk, 'saved');
    await expect.poll(async () => (await serverDrafts())[0]?.version).toBe(2);

    // The phone still holds version 1: its save is refused, and it says so.
    await phone.getByLabel('手机号码').fill('13900139000');
    const conflict = await saveState(phone, 'conflict');
    await expect(conflict.textContent()).resolves.toContain('这份申请在另一台设备上也改过');
    await expect.poll(() => phone.evaluate(() => document.activeElement?.textContent)).toBe('这份申请在另一台设备上也改过');
    await screenshot(phone, 'drafts-conflict-360');
    await axeClean(phone);
    expect((await serverDrafts())[0]?.version).toBe(2);

    // Keeping the phone's copy replaces the server's knowingly: version 3, the phone's answers.
    await phone.getByRole('button', { name: '保留这台设备上的内容' }).click();
    await saveState(phone, 'saved');
    const stored = await resident.call('GET', '/api/drafts/MZ-GG-0003/qingshi');
    expect(stored.body).toMatchObject({ version: 3, answers: { phone: '13900139000' } });
    expect(stored.body.answers.address ?? '').toBe('');

    // The desk, still on version 2, is asked in turn and takes the other copy.
    await desk.getByLabel('户籍或居住地址').fill('青石镇青石村 3 组 12 号，东门');
    await saveState(desk, 'conflict');
    await desk.getByRole('button', { name: '改用另一台设备上的内容' }).click();
    await saveState(desk, 'saved');
    await expect.poll(() => desk.getByLabel('手机号码').inputValue()).toBe('13900139000');
    await expect(desk.getByLabel('户籍或居住地址').inputValue()).resolves.toBe('');
  });

  it('offers a saved draft when its item is opened again, and deletes one from the dashboard by keyboard after confirming', async () => {
    // The house-building permit's situation answered: its checklist is asked again when it is opened.
    for (const [code, variantAnswers] of [
      ['ZR-XK-0001', { buildType: 'rebuild' }],
      ['MZ-GG-0003', {}],
    ] as const) {
      expect((await resident.call('PUT', `/api/drafts/${code}/qingshi`, { basedOn: 0, variantAnswers, completed: ['situation'] })).status).toBe(200);
    }
    const { page } = await device(VIEWPORTS.phone);
    await signInDirectly(page.context(), e2e.url, 'resident');
    await page.goto('/resident/apply?item=ZR-XK-0001');
    await page.getByTestId('chosen-item').getByRole('button', { name: /申请/ }).click();
    const offer = page.getByTestId('draft-offer');
    await offer.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('draft-offer-title');
    await expect(offer.textContent()).resolves.toContain('已完成 1 步');
    await screenshot(page, 'drafts-offer-360');
    await axeClean(page);
    await offer.getByRole('link', { name: '接着填写' }).click();
    // The situation is done: it opens at the form, and the materials step lists that situation's materials.
    await page.getByTestId('apply-form').waitFor();
    await expect
      .poll(() => page.evaluate(() => JSON.parse(sessionStorage.getItem('ow.intake.draft') ?? '{}').checklist?.materials?.length ?? 0))
      .toBeGreaterThan(0);

    await page.goto('/resident');
    const list = page.getByTestId('draft-list');
    await list.locator('li').nth(1).waitFor();
    const remove = list.locator('li[data-draft="MZ-GG-0003@qingshi"]').getByRole('button', { name: /^删除/ });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^确定删除“.+”的申请草稿吗？/);
    await screenshot(page, 'drafts-delete-confirm-360');
    await axeClean(page);
    // "Keep it" puts focus back on the delete button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('delete');
    expect((await serverDrafts()).map((d) => d.itemCode).sort()).toEqual(['MZ-GG-0003', 'ZR-XK-0001']);
    await page.keyboard.press('Enter');
    // Tabbed from the question once focus is on it (not before: the Tab would start from the button).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^确定删除“.+”的申请草稿吗？/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^已删除“.+”的申请草稿。$/);
    expect((await serverDrafts()).map((d) => d.itemCode)).toEqual(['ZR-XK-0001']);
    await expect(list.locator('li').count()).resolves.toBe(1);
  });

  it('keeps the input on the device while offline and when the session expires, and saves it after signing in again', async () => {
    const { page, context } = await device();
    await page.goto('/sign-in');
    await signInThroughForm(page, 'resident');
    await page.getByTestId('workspace-resident').waitFor();
    await page.goto('/resident/apply?item=MZ-GG-0003');
    await page.getByTestId('chosen-item').getByRole('button', { name: /申请/ }).click();
    await continueButton(page).click();
    await page.getByTestId('apply-form').waitFor();
    await saveState(page, 'saved');

    // Offline: said quietly, kept here, saved once the connection is back.
    await context.setOffline(true);
    await page.getByLabel('申请人姓名').fill(APPLICANT.applicantName);
    await expect((await saveState(page, 'device-only')).textContent()).resolves.toContain('仅保存在这台设备上');
    await screenshot(page, 'drafts-device-only-1280');
    await axeClean(page);
    await context.setOffline(false);
    await saveState(page, 'saved');
    await expect.poll(async () => (await resident.call('GET', '/api/drafts/MZ-GG-0003/qingshi')).body.answers?.applicantName).toBe(APPLICANT.applicantName);

    // The session expires between two saves: sign-in says the input is kept; signing in again saves it.
    await page.route('**/api/drafts/**', (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({
            status: 401,
            contentType: 'application/json',
            body: JSON.stringify({ code: 'TOKEN_EXPIRED', message: '登录已过期', requestId: 'e2e' }),
          })
        : route.continue(),
    );
    await page.getByLabel('户籍或居住地址').fill(APPLICANT.address);
    await page.waitForURL('**/sign-in**');
    await page.getByText('您填写到一半的申请保存在这台设备上，重新登录后可以接着填写。').waitFor();
    await screenshot(page, 'drafts-session-expired-1280');
    await axeClean(page);
    await page.unroute('**/api/drafts/**');
    await signInThroughForm(page, 'resident');
    await page.getByTestId('apply-form').waitFor();
    await expect.poll(() => page.getByLabel('户籍或居住地址').inputValue()).toBe(APPLICANT.address);
    await saveState(page, 'saved');
    const stored = await resident.call('GET', '/api/drafts/MZ-GG-0003/qingshi');
    expect(stored.body.answers).toMatchObject({ applicantName: APPLICANT.applicantName, address: APPLICANT.address });
  });
});
