import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAxeViolations, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';
import { StackApi } from '../support/stack-api.js';
import { acceptedOldAgeCase } from './office-support.js';

/** A case of the demo resident, accepted (the office helper), reviewed and granted under the township's seal, through the API. */
async function decidedCase(api: StackApi) {
  const accepted = await acceptedOldAgeCase(api);
  const steps: [string, string, Record<string, unknown>][] = [
    ['reviewer', 'take', {}],
    ['reviewer', 'propose', { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《高龄津贴发放办法》'] }],
    ['approver', 'decide', { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《高龄津贴发放办法》'] }],
  ];
  for (const [as, path, body] of steps) {
    const { version } = await api.caseOf(accepted.caseId, as);
    await api.call('POST', `/api/cases/${accepted.caseId}/${path}`, as, { version, ...body });
  }
  return accepted;
}

describe('results out online: the resident takes the signed decision, rates the service, and sees the office answer a poor rating', {
  timeout: 120_000,
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

  it('downloads the signed decision (electronic delivery completes the case), which verifies as authentic', async () => {
    const c = await decidedCase(api);
    ({ context, page } = await openPage(e2e, VIEWPORTS.phone));
    await signInDirectly(context, e2e.url, 'resident');
    await page.goto(`/resident/cases/${c.caseId}`);
    const result = page.getByTestId('case-result');
    await result.getByRole('heading', { name: '办理结果' }).waitFor();
    await expect(page.locator('.case-detail__withdraw').count()).resolves.toBe(0); // decided: no withdrawal offered
    const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: '下载签章决定书（电子）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^decision-.+\.json$/);
    const saved = JSON.parse(await (await download.createReadStream()).toArray().then((parts) => Buffer.concat(parts).toString('utf8')));
    expect(saved.record.verifyCode).toMatch(/\S/);
    expect(saved.document).toBeTruthy();
    // The download was the delivery: the page reloads the case, completed, and now offers the rating.
    await result.getByTestId('delivery-line').waitFor();
    await expect(result.getByTestId('delivery-line').textContent()).resolves.toContain('电子送达');
    expect((await api.caseOf(c.caseId)).state).toBe('completed');
    await page.getByTestId('rating-form').waitFor();
    await screenshot(page, 'resident-result-360');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);

    await result.getByRole('link', { name: '核验决定书真伪' }).click();
    await page.getByText('真实有效', { exact: false }).first().waitFor();
  });

  it('rates 不满意 with a comment once; the office answers; the resident sees the reply', async () => {
    const c = await decidedCase(api);
    const { version } = await api.caseOf(c.caseId, 'resident');
    await api.call('POST', `/api/cases/${c.caseId}/receive-electronically`, 'resident', { version });
    ({ context, page } = await openPage(e2e, VIEWPORTS.desktop));
    await signInDirectly(context, e2e.url, 'resident');
    await page.goto(`/resident/cases/${c.caseId}`);
    const form = page.getByTestId('rating-form');
    await form.waitFor();
    // No grade: the error summary names the question.
    await form.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('请选择一个评价').first().waitFor();
    await form.getByLabel('不满意', { exact: true }).check();
    await form.getByLabel('意见或建议（选填）').fill('排队时间太长');
    await form.getByRole('button', { name: '提交评价' }).click();
    const rating = page.getByTestId('case-rating');
    await rating.getByText('您的评价：不满意').waitFor();
    await expect(page.getByTestId('rating-form').count()).resolves.toBe(0); // one rating per case and channel
    await rating.getByTestId('rectification-reply').getByText('承办机构将在', { exact: false }).waitFor();

    const tasks = await api.call<{ items: { caseId: string }[] }>('GET', '/api/work/queues/rectify', 'reviewer');
    expect(tasks.items.map((e) => e.caseId)).toContain(c.caseId);
    const now = await api.caseOf(c.caseId, 'reviewer');
    await api.call('POST', `/api/cases/${c.caseId}/reply-rectification`, 'reviewer', {
      version: now.version,
      text: '已增开一个窗口，并电话致歉',
      contactedApplicant: true,
    });

    await page.reload();
    await rating.getByText('已增开一个窗口，并电话致歉').waitFor();
    await rating.getByText('承办机构已与您联系。').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await rating
      .getByRole('heading', { name: 'Rate this service' })
      .waitFor()
      .catch(async () => {
        throw new Error(`English heading missing: ${await rating.locator('h2').textContent()}`);
      });
    await screenshot(page, 'resident-rating-reply-1280');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
  });
});
