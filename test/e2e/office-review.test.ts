import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { decisionKeys } from '../../functions/adapters/dynamodb/key-scheme.js';
import { formatDay } from '../../web/src/pages/counter/dates.js';
import { openPage, screenshot, VIEWPORTS } from '../support/browser.js';
import { flipOneByte } from '../support/decisions.js';
import { readQrCode } from '../support/read-qr.js';
import { acceptedOldAgeCase, confirmAction, openAction, openAs, shownDate, startOfficeE2e, workingCalendar, type OfficeE2e } from './office-support.js';

const day = (date: string) => formatDay(date, 'zh-CN');

describe('the back office works a case from acceptance to a sealed decision', { timeout: 180_000 }, () => {
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

  it('reviewer takes, suspends for a site survey and resumes (due dates move by the paused working days), the approver extends, the reviewer proposes, the approver grants and seals', async () => {
    const { api } = stack;
    const calendar = await workingCalendar(api);
    const c = await stack.daysAgo(8, () => acceptedOldAgeCase(api));

    // The reviewer's queue lists the accepted case, with its card in words.
    const reviewer = await open('reviewer', '/office');
    const row = reviewer.locator(`[data-testid="work-queue-row"][data-case-id="${c.caseId}"]`);
    await row.waitFor();
    const rowText = await row.textContent();
    expect(rowText).toContain('高龄津贴申领');
    expect(rowText).toContain('张*');
    expect(rowText).not.toContain('13800138000');
    expect(rowText).toMatch(/红牌|黄牌|按时|超法定时限/);
    await screenshot(reviewer, 'office-flow-queue-reviewer-1280');
    await row.getByRole('link', { name: c.caseNumber }).click();

    // The case page: the whole record, the applicant in full for staff of the township, the clock.
    await reviewer.getByTestId('office-case').waitFor();
    await expect(reviewer.getByTestId('applicant').textContent()).resolves.toContain('11010519491231002X');
    await expect(reviewer.getByTestId('material-idCard').textContent()).resolves.toContain('身份证正反面.jpg');
    await expect(reviewer.getByTestId('history').textContent()).resolves.toContain('受理');
    const promised0 = (await shownDate(reviewer, 'clock-promised'))!;
    const legal0 = (await shownDate(reviewer, 'clock-legal'))!;
    expect(promised0).toBe(calendar.addWorkingDays(c.acceptedOn, 5));
    expect(legal0).toBe(calendar.addWorkingDays(c.acceptedOn, 20));
    // Nobody reviews it yet: only taking it is offered, and never a decision.
    await expect(reviewer.getByTestId('action-decide').count()).resolves.toBe(0);

    await openAction(reviewer, 'take');
    await confirmAction(reviewer, 'take');
    await expect(reviewer.getByTestId('record-reviewer').textContent()).resolves.toContain('赵磊');

    // Suspension: an empty form is refused field by field, the summary links to the fields.
    await openAction(reviewer, 'suspend');
    await reviewer.locator('#suspend-expectedEnd').fill('');
    await reviewer.getByRole('button', { name: '下一步：核对' }).click();
    const summary = reviewer.getByTestId('error-summary');
    await summary.waitFor();
    await summary.getByRole('link', { name: '请选择“特别程序”' }).click();
    await expect.poll(() => reviewer.evaluate(() => document.activeElement?.id)).toBe('suspend-procedure');

    // A site survey over the first two working days after acceptance; the new due dates show before confirming.
    const [start, end] = calendar.workingDaysAfter(c.acceptedOn, 2) as [string, string];
    await reviewer.getByLabel('特别程序').selectOption('site_survey');
    await reviewer.getByLabel('理由', { exact: true }).fill('需要到申请人住所现场核实居住情况');
    // The API's own rule comes back under its field: a suspension starts after the day of acceptance.
    await reviewer.getByLabel('开始日期').fill(c.acceptedOn);
    await reviewer.getByLabel('预计结束日期').fill(end);
    await reviewer.getByRole('button', { name: '下一步：核对' }).click();
    await reviewer.getByTestId('confirm-suspend').locator('button[type="submit"]').click();
    await summary.getByRole('link', { name: /挂起开始日期须晚于受理日期/ }).click();
    await expect.poll(() => reviewer.evaluate(() => document.activeElement?.id)).toBe('suspend-start');
    await expect(reviewer.locator('#suspend-start-error').textContent()).resolves.toContain('挂起开始日期须晚于受理日期');
    await reviewer.getByLabel('开始日期').fill(start);
    await reviewer.getByRole('button', { name: '下一步：核对' }).click();
    const preview = reviewer.getByTestId('due-preview');
    await preview.getByTestId('preview-promised').waitFor();
    await expect(preview.getByTestId('preview-promised').getAttribute('data-date')).resolves.toBe(calendar.addWorkingDays(promised0, 2));
    await expect(preview.getByTestId('preview-legal').getAttribute('data-date')).resolves.toBe(calendar.addWorkingDays(legal0, 2));
    await screenshot(reviewer, 'office-flow-suspend-confirm-1280');
    await confirmAction(reviewer, 'suspend');
    await expect(reviewer.getByTestId('case-state').textContent()).resolves.toBe('挂起（特别程序）');
    await reviewer.getByTestId('clock-suspended').waitFor();

    // The applicant's written notice of the suspension.
    await reviewer.getByTestId('print-after').click();
    await reviewer.getByTestId('notice-sheet').waitFor();
    await expect(reviewer.getByTestId('notice-procedure').textContent()).resolves.toContain('现场勘查');
    await expect(reviewer.getByTestId('notice-start').textContent()).resolves.toContain(formatDay(start, 'zh-CN', { weekday: false }));
    await expect(reviewer.getByTestId('notice-expected-end').textContent()).resolves.toContain(formatDay(end, 'zh-CN', { weekday: false }));
    await screenshot(reviewer, 'office-flow-suspension-notice-1280');
    await reviewer.getByRole('link', { name: '← 返回办件' }).click();
    await reviewer.getByTestId('office-case').waitFor();

    // Resumed after the survey: both due dates moved by exactly the two paused working days, and the page says why.
    await openAction(reviewer, 'resume');
    await reviewer.getByLabel('最后一个挂起日').fill(end);
    await reviewer.getByRole('button', { name: '下一步：核对' }).click();
    await confirmAction(reviewer, 'resume');
    await expect(reviewer.getByTestId('case-state').textContent()).resolves.toBe('已受理，审查中');
    await expect(shownDate(reviewer, 'clock-promised')).resolves.toBe(calendar.addWorkingDays(promised0, 2));
    await expect(shownDate(reviewer, 'clock-legal')).resolves.toBe(calendar.addWorkingDays(legal0, 2));
    await expect(reviewer.getByTestId('clock-explanation').textContent()).resolves.toContain('现场勘查');
    await expect(reviewer.getByTestId('clock-pauses').textContent()).resolves.toContain('现场勘查');

    // The extension is asked for with its preview; the reviewer cannot approve it.
    await openAction(reviewer, 'request_extension');
    await reviewer.getByLabel('延长的工作日数').fill('11');
    await reviewer.getByRole('button', { name: '下一步：核对' }).click();
    await reviewer.getByTestId('error-summary').getByRole('link', { name: '延长的工作日数须为 1 至 10 之间的整数' }).waitFor();
    await reviewer.getByLabel('延长的工作日数').fill('3');
    await reviewer.getByLabel('理由', { exact: true }).fill('需要向县民政局核实户籍信息');
    await reviewer.getByRole('button', { name: '下一步：核对' }).click();
    await reviewer.getByTestId('due-preview').getByTestId('preview-legal').waitFor();
    await expect(reviewer.getByTestId('preview-legal').getAttribute('data-date')).resolves.toBe(calendar.addWorkingDays(legal0, 5));
    await confirmAction(reviewer, 'request_extension');
    await expect(reviewer.getByTestId('clock-extension').textContent()).resolves.toContain('3 个工作日');
    await expect(reviewer.getByTestId('action-approve_extension').count()).resolves.toBe(0);

    // The approver's sign queue shows the request; approving it moves both due dates by exactly 3 working days.
    const approver = await open('approver', '/office');
    const signRow = approver.locator(`[data-testid="work-queue-row"][data-case-id="${c.caseId}"]`);
    await signRow.waitFor();
    await expect(signRow.getByTestId('awaiting-extension').count()).resolves.toBe(1);
    await signRow.getByRole('link', { name: c.caseNumber }).click();
    await approver.getByTestId('office-case').waitFor();
    await openAction(approver, 'approve_extension');
    await approver.getByTestId('due-preview').getByTestId('preview-legal').waitFor();
    await confirmAction(approver, 'approve_extension');
    await expect(shownDate(approver, 'clock-promised')).resolves.toBe(calendar.addWorkingDays(promised0, 5));
    await expect(shownDate(approver, 'clock-legal')).resolves.toBe(calendar.addWorkingDays(legal0, 5));
    await expect(approver.getByTestId('clock-legal').textContent()).resolves.toContain(day(calendar.addWorkingDays(legal0, 5)));
    await approver.getByTestId('print-after').click();
    await approver.getByTestId('notice-sheet').waitFor();
    await expect(approver.getByTestId('notice-extension-days').textContent()).resolves.toContain('3');
    await approver.goBack();
    await approver.getByTestId('office-case').waitFor();
    // No proposal yet: nothing to decide.
    await expect(approver.getByTestId('action-decide').count()).resolves.toBe(0);

    // The reviewer proposes a grant; they still have no decide button.
    await reviewer.reload();
    await reviewer.getByTestId('office-case').waitFor();
    await openAction(reviewer, 'propose');
    await reviewer.getByLabel('准予', { exact: true }).check();
    await reviewer.getByLabel('理由', { exact: true }).fill('申请人年满 80 周岁，户籍在本县\n材料齐全');
    await expect(reviewer.getByLabel('法律依据').inputValue()).resolves.toContain('《中华人民共和国老年人权益保障法》第三十三条');
    await reviewer.getByRole('button', { name: '下一步：核对' }).click();
    await confirmAction(reviewer, 'propose');
    await expect(reviewer.getByTestId('record-proposal').textContent()).resolves.toContain('准予');
    await expect(reviewer.getByTestId('action-decide').count()).resolves.toBe(0);

    // The approver sees the decision before sealing it, then seals it.
    await approver.reload();
    await approver.getByTestId('office-case').waitFor();
    await openAction(approver, 'decide');
    await expect(approver.getByLabel('理由', { exact: true }).inputValue()).resolves.toContain('材料齐全');
    await approver.getByRole('button', { name: '下一步：核对' }).click();
    const decision = approver.getByTestId('decision-preview');
    await decision.waitFor();
    await expect(decision.getByTestId('preview-outcome').textContent()).resolves.toBe('准予');
    await expect(decision.getByTestId('preview-reasons').textContent()).resolves.toContain('申请人年满 80 周岁');
    await expect(decision.getByTestId('preview-basis').textContent()).resolves.toContain('第三十三条');
    await expect(decision.getByTestId('preview-remedies').count()).resolves.toBe(0);
    await screenshot(approver, 'office-flow-decision-preview-1280');
    await approver.getByRole('button', { name: '盖章签发' }).click();
    await approver.locator('[data-testid="action-done"][data-action="decide"]').waitFor();
    await approver.getByTestId('office-case').waitFor();
    await expect(approver.getByTestId('case-state').textContent()).resolves.toBe('已作出决定');
    await expect(approver.getByTestId('record-decision').textContent()).resolves.toContain('准予');
    await expect(approver.getByTestId('doc-decision').getAttribute('href')).resolves.toBe(`/cases/${c.caseId}/decision/print`);
    await expect(approver.getByTestId('history').textContent()).resolves.toContain('作出决定');
    await screenshot(approver, 'office-flow-decided-1280');

    // The printed decision's QR code, read off the page as a phone would, opens a page that says authentic.
    await approver.getByTestId('doc-decision').click();
    const qr = approver.getByTestId('decision-qr');
    await qr.waitFor();
    const scanned = new URL(await readQrCode(qr));
    expect(scanned.pathname).toMatch(/^\/verify\/[A-Z0-9]+$/);
    const verifyCode = scanned.pathname.split('/').pop()!;
    await expect(approver.getByTestId('verify-code').textContent()).resolves.toBe(verifyCode);
    const { context: anonymous, page: phone } = await openPage(stack.e2e, VIEWPORTS.phone);
    contexts.push(anonymous);
    await phone.goto(scanned.href);
    const status = phone.getByTestId('verify-status');
    await expect(status.getAttribute('data-status')).resolves.toBe('authentic');
    await expect(phone.getByTestId('verify-outcome').locator('dd').innerText()).resolves.toBe('准予');

    // One byte changed in the stored decision: the same page now says altered.
    const db = createDocumentClient({ region: 'local', endpoint: stack.e2e.stack.dynamoEndpoint });
    try {
      const key = decisionKeys.decision(verifyCode);
      const stored = await db.send(new GetCommand({ TableName: stack.e2e.stack.tableName, Key: key }));
      await db.send(
        new UpdateCommand({
          TableName: stack.e2e.stack.tableName,
          Key: key,
          UpdateExpression: 'SET #d = :d',
          ExpressionAttributeNames: { '#d': 'document' },
          ExpressionAttributeValues: { ':d': flipOneByte(stored.Item!.document as string) },
        }),
      );
    } finally {
      db.destroy();
    }
    await phone.reload();
    await expect(status.getAttribute('data-status')).resolves.toBe('altered');
    await screenshot(phone, 'office-flow-verify-altered-360');
  });

  it('says someone else changed the case when it moved since the page was read, and reloads it', async () => {
    const { api } = stack;
    const c = await acceptedOldAgeCase(api);
    const page: Page = await open('reviewer', `/office/cases/${c.caseId}`);
    await page.getByTestId('office-case').waitFor();
    await openAction(page, 'take');
    // Meanwhile the same office takes it from another screen.
    const fresh = await api.caseOf(c.caseId, 'reviewer');
    await api.call('POST', `/api/cases/${c.caseId}/take`, 'reviewer', { version: fresh.version });
    await page.getByTestId('confirm-take').locator('button[type="submit"]').click();
    await page.getByTestId('error-summary').getByText('有人已更改这个办件，请重新加载后再操作').waitFor();
    await page.getByRole('button', { name: '重新加载办件' }).click();
    await page.getByTestId('office-case').waitFor();
    await expect(page.getByTestId('record-reviewer').textContent()).resolves.toContain('赵磊');
    await expect(page.getByTestId('action-take').count()).resolves.toBe(0);
  });

  it('lets the approver refuse with reasons, legal basis and the remedies, shown before sealing', async () => {
    const { api } = stack;
    const c = await acceptedOldAgeCase(api);
    const take = await api.caseOf(c.caseId, 'reviewer');
    await api.call('POST', `/api/cases/${c.caseId}/take`, 'reviewer', { version: take.version });
    const taken = await api.caseOf(c.caseId, 'reviewer');
    await api.call('POST', `/api/cases/${c.caseId}/propose`, 'reviewer', {
      version: taken.version,
      outcome: 'refuse',
      reasons: ['申请人未满 80 周岁'],
      legalBasis: ['《中华人民共和国老年人权益保障法》第三十三条'],
    });
    const page = await open('approver', `/office/cases/${c.caseId}`);
    await page.getByTestId('office-case').waitFor();
    await openAction(page, 'decide');
    await page.getByLabel('救济途径').fill('');
    await page.getByRole('button', { name: '下一步：核对' }).click();
    await page.getByTestId('error-summary').getByRole('link', { name: '请填写“救济途径”' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('decide-remedies');
    await page.keyboard.type('如对本决定不服，可以自收到本决定书之日起六十日内申请行政复议，也可以自收到本决定书之日起六个月内依法提起行政诉讼。');
    await page.getByRole('button', { name: '下一步：核对' }).click();
    const preview = page.getByTestId('decision-preview');
    await preview.waitFor();
    await expect(preview.getAttribute('data-outcome')).resolves.toBe('refuse');
    await expect(preview.getByTestId('preview-remedies').textContent()).resolves.toContain('六十日内');
    await expect(preview.getByTestId('preview-remedies').textContent()).resolves.toContain('六个月内');
    await page.getByRole('button', { name: '盖章签发' }).click();
    await page.locator('[data-testid="action-done"][data-action="decide"]').waitFor();
    await page.getByTestId('office-case').waitFor();
    await expect(page.getByTestId('record-decision').textContent()).resolves.toContain('不予准予');

    // Set aside on reconsideration: the approver records the revocation, with its reason, after a warning.
    await openAction(page, 'revoke_decision');
    await page.getByLabel('理由', { exact: true }).fill('经行政复议撤销');
    await page.getByRole('button', { name: '下一步：核对' }).click();
    await page.getByTestId('final-warning').waitFor();
    await confirmAction(page, 'revoke_decision');
    await expect(page.getByTestId('record-decision').textContent()).resolves.toContain('已撤销');
    await expect(page.getByTestId('record-decision').textContent()).resolves.toContain('经行政复议撤销');
    await expect(page.getByTestId('action-revoke_decision').count()).resolves.toBe(0);
  });
});
