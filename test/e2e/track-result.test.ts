import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { downloadedText, openPage, screenshot, seriousAxeViolations, VIEWPORTS } from '../support/browser.js';
import { DEMO_APPLICANT } from '../support/stack-api.js';
import { pdfPageCount } from './hand-out-support.js';
import { openAs, startOfficeE2e, type OfficeE2e } from './office-support.js';

const decision = { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《高龄津贴发放办法》'] };

/** No serious axe finding and no sideways scrolling, at 360 and at 1280 px; one h1 and one main landmark. */
async function sweepBothWidths(page: Page, name: string) {
  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${name}-${viewport.width}`);
    const violations = await seriousAxeViolations(page);
    expect(violations, `${name} at ${viewport.width} px: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${viewport.width} px: page scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await expect(page.locator('h1').count()).resolves.toBe(1);
  await expect(page.locator('main#main').count()).resolves.toBe(1);
}

describe('the result from the lookup page: a counter applicant with no account receives the signed decision on /track', { timeout: 240_000 }, () => {
  let stack: OfficeE2e;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    stack = await startOfficeE2e();
  }, 120_000);
  afterAll(async () => {
    await stack?.e2e.stop();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  /** A walk-in at the Qingshi counter, accepted at once, reviewed and granted under the township's seal (through the API). */
  async function decidedCounterCase() {
    const { api } = stack;
    const c = await api.call<{ case: { caseId: string; caseNumber: string; queryCode: string } }>(
      'POST',
      '/api/cases',
      'clerk',
      {
        itemCode: 'MZ-GG-0003',
        townshipId: 'qingshi',
        answers: DEMO_APPLICANT,
        originalsChecked: ['idCard', 'hukou', 'bankCard'],
        acceptNow: { deferred: [] },
      },
      [201],
      { 'idempotency-key': `e2e-track-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    );
    for (const [as, path, body] of [
      ['reviewer', 'take', {}],
      ['reviewer', 'propose', decision],
      ['approver', 'decide', decision],
    ] as const) {
      const { version } = await api.caseOf(c.case.caseId, as);
      await api.call('POST', `/api/cases/${c.case.caseId}/${path}`, as, { version, ...body });
    }
    return c.case;
  }

  /** /track with no one signed in, the code and the phone digits entered by keyboard, and the result shown. */
  async function lookUp(queryCode: string, viewport: { width: number; height: number } = VIEWPORTS.desktop) {
    const { context, page } = await openPage(stack.e2e, viewport);
    contexts.push(context);
    await page.goto('/track');
    await page.getByLabel('查询码').fill(queryCode);
    await page.getByLabel('手机号码后四位').fill('8000');
    await page.getByLabel('手机号码后四位').press('Enter');
    await page.getByTestId('track-decision').waitFor();
    return page;
  }

  it('downloads the signed decision (recorded once: the case completes), prints it on one A4 page, and its verification says authentic', async () => {
    const c = await decidedCounterCase();
    const page = await lookUp(c.queryCode);

    const result = page.getByTestId('track-decision');
    await expect(page.getByTestId('track-state').getAttribute('data-state')).resolves.toBe('decided');
    await expect(result.getAttribute('data-receive-now')).resolves.toBe('true');
    await expect(page.getByTestId('track-decision-outcome').textContent()).resolves.toBe('准予');
    await expect(page.getByTestId('track-decision-issuer').textContent()).resolves.toBe('青石镇');
    await expect(page.getByTestId('track-decision-receive-now').textContent()).resolves.toContain('即视为您已收到决定书');
    await screenshot(page, 'track-decided-1280');

    // The download: the same signed record the resident gets, and it is the electronic delivery.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#track-decision-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^decision-QS-JD-\d{4}-\d{6}\.json$/);
    const record = JSON.parse(await downloadedText(download));
    expect(record.signature.value).toBeTruthy();
    expect(JSON.parse(record.document)).toMatchObject({ verifyCode: record.verifyCode, caseNumber: c.caseNumber, outcome: 'grant' });
    await page.locator('[data-testid="track-state"][data-state="completed"]').waitFor();
    await expect(result.getByText('已下载签章决定书，办件已办结。').count()).resolves.toBe(1);
    await expect(page.getByTestId('track-decision-delivered').textContent()).resolves.toContain('电子送达');
    await expect(page.getByTestId('track-decision-receive-now').count()).resolves.toBe(0);
    const steps = await page.getByTestId('case-timeline').locator('.case-timeline__what').allTextContents();
    expect(steps.slice(-3)).toEqual(['作出决定', '网上领取决定书（电子送达）', '办结']);
    await screenshot(page, 'track-downloaded-1280');
    const stored = await stack.api.caseOf(c.caseId);
    expect(stored).toMatchObject({ state: 'completed', delivery: { method: 'electronic', by: { userId: 'query_code_holder', name: '张*' } } });

    // The printable view: the sheet alone, without the lookup form; a second request records nothing.
    await page.locator('#track-decision-print').click();
    await page.getByTestId('decision-qr').waitFor();
    await expect(page.locator('#track-code').count()).resolves.toBe(0);
    await expect(page.locator('h1').textContent()).resolves.toBe('决定书');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-title');
    await expect(page.getByTestId('decision-issuer').textContent()).resolves.toBe('青石镇');
    await expect(page.getByTestId('verify-code').textContent()).resolves.toBe(record.verifyCode);
    await expect(page.getByTestId('seal-image').locator('textPath').textContent()).resolves.toBe('青石镇');
    await screenshot(page, 'track-print-1280');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.notice-toolbar').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('decision-qr').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('seal-image').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    expect((await stack.api.caseOf(c.caseId)).version).toBe(stored.version);

    // Back to the result, at the button that opened the view; the form is there again, filled in.
    await page.locator('#track-print-back').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('track-decision-print');
    await expect(page.locator('#track-code').inputValue()).resolves.toBe(c.queryCode);

    // The staff's history says who received it, in words.
    const office = await openAs(stack.e2e, 'reviewer', `/office/cases/${c.caseId}`);
    contexts.push(office.context);
    await office.page.getByTestId('history').waitFor();
    await expect(office.page.getByTestId('history').textContent()).resolves.toContain('申请人（凭查询码）');

    await page.getByTestId('track-decision-verify').click();
    await page.waitForURL(`**/verify/${record.verifyCode}`);
    const status = page.getByTestId('verify-status').first();
    await status.waitFor();
    await expect(status.getAttribute('data-status')).resolves.toBe('authentic');
    await expect(status.textContent()).resolves.toContain('真实有效');
  });

  it('says so when the decision cannot be fetched, and records nothing; then it can be tried again', async () => {
    const c = await decidedCounterCase();
    const page = await lookUp(c.queryCode, VIEWPORTS.phone);
    await page.route('**/api/cases/lookup/decision', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'SERVICE_BUSY', message: '', requestId: 'req-9' }) }),
    );
    await page.locator('#track-decision-print').click();
    await page.getByTestId('track-decision').getByRole('alert').waitFor();
    await expect(page.getByTestId('track-decision').getByRole('alert').textContent()).resolves.toContain('系统出现错误，请稍后再试。');
    await screenshot(page, 'track-decision-error-360');
    expect((await stack.api.caseOf(c.caseId)).state).toBe('decided');
    await page.unroute('**/api/cases/lookup/decision');
    await page.locator('#track-decision-print').click();
    await page.getByTestId('track-print-view').waitFor();
    expect((await stack.api.caseOf(c.caseId)).state).toBe('completed');
  });

  it('is axe clean at 360 and 1280 px in both languages: decided, received, and the printable view', async () => {
    const c = await decidedCounterCase();
    const page = await lookUp(c.queryCode, VIEWPORTS.phone);
    await sweepBothWidths(page, 'track-result-decided');

    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor();
    await expect(page.getByTestId('track-decision-receive-now').textContent()).resolves.toContain('counts as receiving it');
    await expect(page.getByTestId('track-decision-outcome').textContent()).resolves.toBe('Granted');
    await sweepBothWidths(page, 'track-result-decided-en');

    await page.getByRole('button', { name: 'Open the printable decision' }).click();
    await page.getByTestId('decision-qr').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Decision');
    await sweepBothWidths(page, 'track-result-print-en');
    await page.getByRole('button', { name: 'Show in English' }).click();
    // The sheet's switch waits for the English strings (here already loaded), then shows it.
    await page.locator('[data-testid="decision-sheet"][lang="en"]').waitFor();
    await expect(page.getByTestId('decision-sheet').getAttribute('lang')).resolves.toBe('en');
    await page.getByRole('button', { name: 'Back to the progress' }).click();
    await page.locator('[data-testid="track-state"][data-state="completed"]').waitFor();
    await expect(page.getByTestId('track-decision-delivered').textContent()).resolves.toContain('electronically');
    await sweepBothWidths(page, 'track-result-received-en');

    await page.getByRole('button', { name: '中文' }).click();
    await page.locator('html[lang="zh-CN"]').waitFor();
    await sweepBothWidths(page, 'track-result-received');
    await page.getByRole('button', { name: '打开可打印的决定书' }).click();
    await page.getByTestId('decision-qr').waitFor();
    await sweepBothWidths(page, 'track-result-print');
  });
});
