import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '../../web/src/pages/counter/dates.js';
import { openPage, screenshot, seriousAxeViolations, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';
import { decidedCase, pdfPageCount } from './hand-out-support.js';

const printedPages = async (page: Page) => {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  return pdfPageCount(pdf);
};

describe('results out at the counter: the clerk hands a sealed decision out, prints the receipt, and the applicant rates at the tablet', {
  timeout: 180_000,
}, () => {
  let e2e: E2e;
  let api: StackApi;
  let context: BrowserContext | undefined;
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
    context = undefined;
  });

  it('at the window: found in 待出件, handed to an authorised person whose ID was seen, receipt on one A4 page, completed, rated once at the counter', async () => {
    const c = await decidedCase(api);
    ({ context, page } = await openPage(e2e, VIEWPORTS.desktop));
    await signInDirectly(context, e2e.url, 'clerk');

    // The clerk finds it from the dashboard, in "to hand out": masked applicant, decision, limit.
    await page.goto('/counter');
    await page.getByRole('navigation').getByRole('link', { name: '待出件' }).click();
    await page.getByRole('heading', { level: 1, name: '待出件的办理结果' }).waitFor();
    const row = page.locator(`[data-testid="hand-out-row"][data-case-id="${c.caseId}"]`);
    await row.waitFor();
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).not.toContain(DEMO_APPLICANT.phone);
    expect(rowText).not.toContain(DEMO_APPLICANT.applicantName);
    expect(rowText).toContain('张*');
    expect(rowText).toContain('准予');
    await row.getByTestId('delivery-card-none').waitFor();
    expect(rowText).toContain('还剩 10 个工作日');
    await screenshot(page, 'counter-hand-out-queue-1280');

    await row.getByRole('link', { name: c.caseNumber }).click();
    const handOut = page.getByTestId('hand-out-case');
    await handOut.waitFor();
    await expect(page.getByTestId('print-decision').getAttribute('href')).resolves.toBe(`/cases/${c.caseId}/decision/print`);
    await expect(page.getByLabel('送达日期').inputValue()).resolves.toBe(chinaToday());
    await expect(page.getByLabel('领取人姓名').inputValue()).resolves.toBe(DEMO_APPLICANT.applicantName);

    // Not before the ID is seen; the summary takes focus and names it.
    await page.getByRole('button', { name: '确认送达' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.getByText('请先核验领取人身份证件').waitFor();
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // An authorised person collects it: the applicant's name does not stand in for theirs.
    await page.getByLabel('委托代领人').check();
    await expect(page.getByLabel('领取人姓名').inputValue()).resolves.toBe('');
    await page.getByLabel('领取人姓名').fill('李四');
    await page.getByLabel('已核验领取人身份证件').check();
    await page.getByRole('button', { name: '确认送达' }).click();
    const done = page.getByTestId('hand-out-done');
    await done.waitFor();
    await expect(done.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(done.getByTestId('case-state').textContent()).resolves.toBe('已办结');
    await expect(done.getByTestId('delivery-line').textContent()).resolves.toContain('窗口领取');
    const after = await api.caseOf(c.caseId);
    expect(after).toMatchObject({
      state: 'completed',
      delivery: { method: 'window', on: chinaToday(), recipient: { kind: 'authorised', name: '李四', idChecked: true }, by: { name: '陈静' } },
    });
    await screenshot(page, 'counter-hand-out-done-1280');

    // The receipt: who, how, when, which decision, the clerk; the applicant named, the ID masked; one A4 page in both languages.
    await done.getByTestId('print-receipt').click();
    const sheet = page.getByTestId('receipt-sheet');
    await sheet.waitFor();
    const text = (await sheet.textContent()) ?? '';
    for (const expected of [
      '送达回证',
      c.caseNumber,
      DEMO_APPLICANT.applicantName,
      after.decision.documentNumber,
      after.decision.verifyCode,
      '李四（委托代领人）',
      '陈静',
      '领取人签字',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain(DEMO_APPLICANT.idNumber);
    await expect(sheet.getByTestId('receipt-id').textContent()).resolves.toContain('1101**********002X');
    await screenshot(page, 'counter-receipt-1280');
    expect(await printedPages(page), 'zh-CN receipt pages').toBe(1);
    await page.getByRole('button', { name: '显示英文版' }).click();
    await page.locator('[data-testid="receipt-sheet"][lang="en"]').getByText('Delivery receipt').waitFor();
    expect(await printedPages(page), 'English receipt pages').toBe(1);
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);

    // The decision itself prints from the hand-out page's link.
    await page.goto(`/counter/hand-out/${c.caseId}`);
    await page.getByTestId('print-decision').click();
    await page.getByTestId('decision-sheet').waitFor();
    await expect(page.getByTestId('decision-number').textContent()).resolves.toContain(after.decision.documentNumber);

    // The case is no longer waiting to be handed out.
    await page.goto('/counter/hand-out');
    await page.locator('[data-testid="hand-out-table"], [data-testid="async-loading"] ~ *, .empty-state').first().waitFor();
    await expect(page.locator(`[data-testid="hand-out-row"][data-case-id="${c.caseId}"]`).count()).resolves.toBe(0);

    // 一次一评: the clerk turns the tablet to the applicant. A second tab left open stays behind.
    await page.goto(`/counter/hand-out/${c.caseId}`);
    await page.getByTestId('rate-at-counter').click();
    await page.getByTestId('counter-rating-form').waitFor();
    const stale = await context.newPage();
    await stale.goto(`/counter/rate/${c.caseId}`);
    await stale.getByTestId('counter-rating-form').waitFor();

    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByTestId('error-summary').getByText('请选择一个评价').waitFor();
    // Big tiles for a finger, a native radio group for the keyboard: arrow keys move the choice.
    const tile = page.locator('label.grade-choice__tile--very_satisfied');
    const box = await tile.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(64);
    await tile.click();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#counter-grade-satisfied').isChecked()).resolves.toBe(true);
    await page.getByLabel('意见或建议（选填）').fill('窗口服务很耐心');
    await screenshot(page, 'counter-rating-tablet-1024');
    await page.getByRole('button', { name: '提交评价' }).click();
    const outcome = page.locator('[data-testid="counter-rating-outcome"][data-outcome="done"]');
    await outcome.getByText('您的评价：满意').waitFor();
    await outcome.getByText('谢谢您的评价！请把平板交回窗口工作人员。').waitFor();
    const rated = await api.caseOf(c.caseId);
    expect(rated.ratings).toEqual([
      expect.objectContaining({ channel: 'counter', grade: 'satisfied', comment: '窗口服务很耐心', by: expect.objectContaining({ name: '陈静' }) }),
    ]);

    // One rating per case and channel: the stale tab is refused by the API, in its words.
    await stale.locator('label.grade-choice__tile--very_dissatisfied').click();
    await stale.getByRole('button', { name: '提交评价' }).click();
    await stale.getByTestId('counter-rating-refusal').getByText('此办件在该渠道已评价过').waitFor();
    await stale.close();
    expect((await api.caseOf(c.caseId)).ratings).toHaveLength(1);
    await page.reload();
    await page.locator('[data-testid="counter-rating-outcome"][data-outcome="closed"]').getByText('这个办件已在窗口评价过').waitFor();
  });

  it('by post, on a phone: carrier and tracking number, completed, the receipt on one A4 page', async () => {
    const c = await decidedCase(api);
    ({ context, page } = await openPage(e2e, VIEWPORTS.phone));
    await signInDirectly(context, e2e.url, 'clerk');
    await page.goto('/counter/hand-out');
    const row = page.locator(`[data-testid="hand-out-row"][data-case-id="${c.caseId}"]`);
    await row.getByRole('link', { name: c.caseNumber }).click();
    await page.getByTestId('hand-over-form').waitFor();
    await page.getByLabel('邮寄').check();
    await page.getByRole('button', { name: '确认送达' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.getByText('请填写快递公司').waitFor();
    await summary.getByText('请填写快递单号').waitFor();
    // A summary entry takes the clerk to its field.
    await summary.getByRole('link', { name: '请填写快递单号' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('handout-tracking');
    await page.getByLabel('快递公司').fill('中国邮政 EMS');
    await page.getByLabel('快递单号').fill('1180000000001');
    await screenshot(page, 'counter-hand-out-post-360');
    await page.getByRole('button', { name: '确认送达' }).click();
    const done = page.getByTestId('hand-out-done');
    await expect(done.getByTestId('delivery-line').textContent()).resolves.toContain('邮寄');
    await expect(done.getByTestId('case-state').textContent()).resolves.toBe('已办结');
    expect(await api.caseOf(c.caseId)).toMatchObject({
      state: 'completed',
      delivery: { method: 'post', carrier: '中国邮政 EMS', trackingNumber: '1180000000001' },
    });
    await screenshot(page, 'counter-hand-out-done-360');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the page scrolls sideways at 360 px').toBeLessThanOrEqual(0);

    await done.getByTestId('print-receipt').click();
    const post = page.getByTestId('receipt-post');
    await post.waitFor();
    await expect(post.textContent()).resolves.toContain('中国邮政 EMS，单号 1180000000001');
    await expect(page.getByTestId('receipt-signature').count()).resolves.toBe(0); // no one signs at the window for a posting
    await screenshot(page, 'counter-receipt-post-360');
    expect(await printedPages(page)).toBe(1);
  });
});
