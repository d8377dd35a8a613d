import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { downloadedText, screenshot } from '../support/browser.js';
import type { StackApi } from '../support/stack-api.js';
import { acceptedOldAgeCase, confirmAction, openAction, openAs, startOfficeE2e, type OfficeE2e } from './office-support.js';
import { sweepPage } from './sweep.js';

/** An old-age allowance accepted, reviewed, proposed and granted under the township's seal, through the API. */
async function decidedCase(api: StackApi) {
  const c = await acceptedOldAgeCase(api);
  const step = async (as: string, path: string, body: Record<string, unknown> = {}) => {
    const { version } = await api.caseOf(c.caseId, as);
    await api.call('POST', `/api/cases/${c.caseId}/${path}`, as, { version, ...body });
  };
  const decision = { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《高龄津贴发放办法》'] };
  await step('reviewer', 'take');
  await step('reviewer', 'propose', decision);
  await step('approver', 'decide', decision);
  return { ...c, step };
}

describe('results out: the resident rates, the office answers a poor rating, the signed decision downloads and verifies', { timeout: 240_000 }, () => {
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
  const open = async (username: string, path: string) => {
    const opened = await openAs(stack.e2e, username, path);
    contexts.push(opened.context);
    return opened.page;
  };

  it('a completed case is rated 不满意 with a comment; a second vote is refused; the office sees the task and replies; the resident sees the reply', async () => {
    const c = await decidedCase(stack.api);
    await c.step('clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '张明', idChecked: true } });
    expect((await stack.api.caseOf(c.caseId)).state).toBe('completed');

    // The resident's case page offers the rating form (from allowedActions) in a stale second tab too.
    const resident = await open('resident', `/resident/cases/${c.caseId}`);
    const stale = await resident.context().newPage();
    await stale.goto(`/resident/cases/${c.caseId}`);
    await stale.getByTestId('rating-form').waitFor();
    const form = resident.getByTestId('rating-form');
    await form.waitFor();
    await expect(resident.getByTestId('result-delivered').textContent()).resolves.toContain('窗口领取');
    // Sending without a grade is refused on the grade, by keyboard focus.
    await form.getByRole('button', { name: '提交评价' }).click();
    await expect(form.locator('#rating-grade-error').textContent()).resolves.toContain('请选择一个评价');
    await expect.poll(() => resident.evaluate(() => document.activeElement?.id)).toBe('rating-grade');
    await form.getByLabel('不满意', { exact: true }).check();
    await form.getByLabel('意见或建议（选填）').fill('等待时间太长，窗口只开了一个');
    await screenshot(resident, 'results-rating-form-1280');
    await form.getByRole('button', { name: '提交评价' }).click();
    const given = resident.getByTestId('rating-given');
    await given.waitFor();
    await expect(given.getAttribute('data-grade')).resolves.toBe('dissatisfied');
    await expect(given.textContent()).resolves.toContain('等待时间太长，窗口只开了一个');
    await expect(resident.getByTestId('rectification-pending').textContent()).resolves.toMatch(/承办机构将在 .+ 前答复您/);
    await expect(resident.getByTestId('rating-form').count()).resolves.toBe(0);

    // The stale tab's second vote is refused by the API, and says so plainly.
    await stale.getByLabel('非常满意').check();
    await stale.getByRole('button', { name: '提交评价' }).click();
    await expect(stale.getByTestId('rating-failure').textContent()).resolves.toContain('每个办件只能评价一次');
    await stale.getByRole('button', { name: '查看已提交的评价' }).click();
    await expect(stale.getByTestId('rating-given').getAttribute('data-grade')).resolves.toBe('dissatisfied');
    expect((await stack.api.caseOf(c.caseId)).ratings.filter((r: { channel: string }) => r.channel === 'online')).toHaveLength(1);

    // The reviewer's office finds the task under 整改任务 in the nav and answers it on the case page.
    const reviewer = await open('reviewer', '/office');
    await reviewer.getByRole('link', { name: '整改任务' }).click();
    const row = reviewer.locator(`[data-testid="rectify-row"][data-case-id="${c.caseId}"]`);
    await row.waitFor();
    await expect(row.textContent()).resolves.not.toContain('13800138000');
    await screenshot(reviewer, 'results-rectify-queue-1280');
    await row.getByRole('link', { name: c.caseNumber }).click();
    await reviewer.getByTestId('office-case').waitFor();
    await expect(reviewer.getByTestId('office-rating').textContent()).resolves.toContain('等待时间太长');
    await openAction(reviewer, 'reply_rectification');
    await reviewer.getByLabel('整改措施和答复内容').fill('已增开一个窗口，并电话向申请人致歉');
    await reviewer.getByLabel('已与申请人联系').check();
    await reviewer.getByRole('button', { name: '下一步：核对' }).click();
    await confirmAction(reviewer, 'reply_rectification');
    await expect(reviewer.getByTestId('office-rating-reply').textContent()).resolves.toContain('已增开一个窗口');
    await expect(reviewer.getByTestId('action-reply_rectification').count()).resolves.toBe(0);
    await reviewer.goto('/office/rectify');
    await reviewer.getByTestId('empty-state').waitFor();

    // The resident sees the office's reply.
    await resident.reload();
    const reply = resident.getByTestId('rectification-reply');
    await reply.waitFor();
    await expect(reply.textContent()).resolves.toBe('已增开一个窗口，并电话向申请人致歉');
    await expect(resident.getByTestId('rectification').textContent()).resolves.toContain('承办机构已与您联系');
    await screenshot(resident, 'results-rectification-reply-1280');
  });

  it('the resident downloads the signed decision (recorded as electronic delivery), and /verify says it is authentic', async () => {
    const c = await decidedCase(stack.api);
    const resident = await open('resident', `/resident/cases/${c.caseId}`);
    const section = resident.getByTestId('result-section');
    await section.getByTestId('result-status').waitFor();
    await expect(section.getByTestId('result-status').getAttribute('data-status')).resolves.toBe('authentic');
    // Not rateable before the result is out.
    await expect(resident.getByTestId('rating-form').count()).resolves.toBe(0);
    const [download] = await Promise.all([resident.waitForEvent('download'), section.locator('#result-download').click()]);
    const record = JSON.parse(await downloadedText(download));
    expect(typeof record.document).toBe('string');
    expect(record.signature.value).toBeTruthy();
    const document = JSON.parse(record.document);
    expect(document.verifyCode).toBe(record.verifyCode);
    // Recorded: the case is completed by electronic delivery, and now the rating form is offered.
    await resident.getByTestId('rating-form').waitFor();
    await expect(resident.getByTestId('result-delivered').textContent()).resolves.toContain('电子送达');
    expect(await stack.api.caseOf(c.caseId)).toMatchObject({ state: 'completed', delivery: { method: 'electronic' } });
    await expect(section.getByTestId('result-print').getAttribute('href')).resolves.toBe(`/cases/${c.caseId}/decision/print`);

    await section.getByTestId('result-verify').click();
    await resident.waitForURL(`**/verify/${record.verifyCode}`);
    await resident.getByTestId('verify-status').first().waitFor();
    await expect(resident.getByTestId('verify-status').first().getAttribute('data-status')).resolves.toBe('authentic');
    await expect(resident.getByTestId('verify-status').first().textContent()).resolves.toContain('真实有效');
  });

  it('the resident case page with the rating form, and the rectification tasks page, are axe clean at 360 and 1280 px in both languages', async () => {
    const c = await decidedCase(stack.api);
    await c.step('clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '张明', idChecked: true } });
    const poor = await decidedCase(stack.api);
    await poor.step('clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '张明', idChecked: true } });
    await poor.step('resident', 'rate', { grade: 'very_dissatisfied', comment: '态度不好' });
    const english = async (p: import('playwright-core').Page, ready: string) => {
      await p.getByRole('button', { name: 'English' }).click();
      await p.locator('html[lang="en"]').waitFor();
      await p.getByTestId(ready).first().waitFor();
    };
    for (const entry of [
      { name: 'results-resident-rate', path: `/resident/cases/${c.caseId}`, as: 'resident', ready: 'rating-form' },
      {
        name: 'results-resident-rate-en',
        path: `/resident/cases/${c.caseId}`,
        as: 'resident',
        ready: 'rating-form',
        act: async (p: import('playwright-core').Page) => {
          await english(p, 'rating-form');
          await p.getByRole('button', { name: 'Send my rating' }).click();
          await p.locator('#rating-grade-error').waitFor();
        },
      },
      { name: 'results-resident-rated', path: `/resident/cases/${poor.caseId}`, as: 'resident', ready: 'rectification' },
      { name: 'results-office-rectify', path: '/office/rectify', as: 'reviewer', ready: 'rectify-table' },
      {
        name: 'results-office-rectify-en',
        path: '/office/rectify',
        as: 'reviewer',
        ready: 'rectify-table',
        act: (p: import('playwright-core').Page) => english(p, 'rectify-table'),
      },
      {
        name: 'results-office-reply-form',
        path: `/office/cases/${poor.caseId}`,
        as: 'reviewer',
        ready: 'office-rating',
        act: async (p: import('playwright-core').Page) => {
          await p.getByTestId('action-reply_rectification').click();
          await p.getByTestId('form-reply_rectification').waitFor();
        },
      },
    ]) {
      contexts.push(await sweepPage(stack.e2e, entry));
    }
  });
});
