import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { createDynamoDecisionStore } from '../../functions/adapters/dynamodb/decision-items.js';
import { decisionKeys } from '../../functions/adapters/dynamodb/key-scheme.js';
import { createLocalSealSigner } from '../../functions/adapters/local/local-seal-signer.js';
import type { DecisionRecord } from '../../functions/core/seal/decision-record.js';
import { openPage, screenshot, seriousAxeViolations, VIEWPORTS, type E2e, startE2e } from '../support/browser.js';
import { decisionDraft, flipOneByte, sealAndSave } from '../support/decisions.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';
import { sweepPage } from './sweep.js';

/** No serious axe finding and no sideways scrolling, at 360 and at 1280 px. */
async function sweepBothWidths(page: Page, name: string) {
  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${name}-${viewport.width}`);
    const violations = await seriousAxeViolations(page);
    expect(violations, `${viewport.width} px: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${viewport.width} px: page scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await expect(page.locator('h1').count()).resolves.toBe(1);
}

describe('a sealed decision: its verification page and its printed sheet', { timeout: 90_000 }, () => {
  let e2e: E2e;
  let context: BrowserContext | undefined;
  let db: ReturnType<typeof createDocumentClient>;
  let checked: DecisionRecord;
  let printed: { caseId: string; record: DecisionRecord };
  let revoked: DecisionRecord;

  beforeAll(async () => {
    e2e = await startE2e();
    db = createDocumentClient({ region: 'local', endpoint: e2e.stack.dynamoEndpoint });
    // The stack's own key folder: what this signer writes, the stack verifies. Qingshi seals with SM2.
    const deps = {
      seal: createLocalSealSigner({ dir: e2e.stack.sealKeysDir, algorithmFor: (owner) => (owner === 'qingshi' ? 'SM2DSA' : 'ECDSA_SHA_256') }),
      decisions: createDynamoDecisionStore(db, e2e.stack.tableName),
    };
    const api = new StackApi(e2e.url);
    const submit = () =>
      api.submit('resident', { itemCode: 'MZ-GG-0003', answers: DEMO_APPLICANT, materials: { idCard: ['身份证.jpg'], hukou: ['户口簿.jpg'] } });
    const first = await submit();
    checked = (await sealAndSave(deps, decisionDraft({ caseNumber: first.caseNumber }), { caseId: first.caseId })).record;
    const second = await submit();
    const refusal = decisionDraft({
      caseNumber: second.caseNumber,
      documentNumber: 'QS-JD-2026-000013',
      outcome: 'refuse',
      grounds: ['申请人未满 80 周岁，不属于高龄津贴发放对象'],
      remedies: '如不服本决定，可以自收到本决定书之日起六十日内向青山县人民政府申请行政复议，也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。',
    });
    printed = { caseId: second.caseId, record: (await sealAndSave(deps, refusal, { caseId: second.caseId })).record };
    revoked = (await sealAndSave(deps, decisionDraft({ documentNumber: 'QS-JD-2026-000014' }), { caseId: 'case-set-aside' })).record;
    await deps.decisions.revoke(revoked.verifyCode, {
      at: '2026-04-10T02:00:00.000Z',
      by: { userId: 'u-approver-qs', name: '赵立新' },
      reason: '经青山县人民政府行政复议决定撤销',
    });
  }, 180_000);
  afterAll(async () => {
    db?.destroy();
    await e2e?.stop();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  it('says authentic without login, then altered once one byte of the stored decision changes', async () => {
    ({ context } = await openPage(e2e, VIEWPORTS.phone));
    const page = await context.newPage();

    await page.goto(`/verify/${checked.verifyCode}`);
    const status = page.getByTestId('verify-status');
    await expect(status.getAttribute('data-status')).resolves.toBe('authentic');
    await expect(status.innerText()).resolves.toContain('真实有效');
    await expect(status.innerText()).resolves.toContain('Authentic');
    await expect(page.getByTestId('verify-issuer').innerText()).resolves.toContain('青石镇人民政府');
    await expect(page.getByTestId('verify-algorithm').innerText()).resolves.toContain('SM2');
    await expect(page.locator('main').innerText()).resolves.toContain('1101**********002X');
    await expect(page.locator('main').innerText()).resolves.not.toContain('11010519491231002X');
    await sweepBothWidths(page, 'verify-authentic');

    await db.send(
      new UpdateCommand({
        TableName: e2e.stack.tableName,
        Key: decisionKeys.decision(checked.verifyCode),
        UpdateExpression: 'SET #d = :d',
        ExpressionAttributeNames: { '#d': 'document' },
        ExpressionAttributeValues: { ':d': flipOneByte(checked.document) },
      }),
    );
    await page.reload();

    await expect(status.getAttribute('data-status')).resolves.toBe('altered');
    await expect(status.innerText()).resolves.toContain('内容已被篡改');
    await expect(page.getByTestId('verify-issuer').count()).resolves.toBe(0);
    await sweepBothWidths(page, 'verify-altered');
  });

  it('says not found for a code nobody issued, and speaks English when asked', async () => {
    ({ context } = await openPage(e2e, VIEWPORTS.desktop));
    const page = await context.newPage();

    await page.goto('/verify/ZZZZZZZZZZZZZZZZ');
    const status = page.getByTestId('verify-status');
    await expect(status.getAttribute('data-status')).resolves.toBe('unknown');
    await expect(page.locator('#verify-status-title').innerText()).resolves.toBe('未找到');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor();
    await expect(page.locator('#verify-status-title').innerText()).resolves.toBe('Not found');
    await expect(page.locator('h1').innerText()).resolves.toBe('Check a decision');
    await expect(status.innerText()).resolves.toContain('未找到');
    await sweepBothWidths(page, 'verify-unknown');
  });

  it('says revoked, with when and why, for a decision set aside', async () => {
    ({ context } = await openPage(e2e, VIEWPORTS.phone));
    const page = await context.newPage();

    await page.goto(`/verify/${revoked.verifyCode}`);

    await expect(page.getByTestId('verify-status').getAttribute('data-status')).resolves.toBe('revoked');
    await expect(page.locator('#verify-status-title').innerText()).resolves.toBe('已撤销');
    await expect(page.getByTestId('verify-revoked-reason').innerText()).resolves.toContain('行政复议决定撤销');
    await expect(page.locator('main').innerText()).resolves.not.toContain('赵立新');
    await sweepBothWidths(page, 'verify-revoked');
  });

  it('takes a code typed from paper, after saying what is wrong with an empty one', async () => {
    ({ context } = await openPage(e2e, VIEWPORTS.phone));
    const page = await context.newPage();

    await page.goto('/verify');
    await page.getByRole('button', { name: '核验' }).click();
    await expect(page.getByTestId('error-summary').innerText()).resolves.toContain('请输入决定书上的核验码');
    await sweepBothWidths(page, 'verify-form-error');
    const typed = printed.record.verifyCode.toLowerCase().replace(/(.{4})(?!$)/g, '$1-');
    await page.getByLabel('核验码').fill(typed);
    await page.getByRole('button', { name: '核验' }).click();

    await expect(page.getByTestId('verify-status').getAttribute('data-status')).resolves.toBe('authentic');
    expect(new URL(page.url()).pathname).toBe(`/verify/${printed.record.verifyCode}`);
    await expect(page.getByTestId('verify-outcome').locator('dd').innerText()).resolves.toBe('不予批准');
  });

  it('prints the decision from its signed document on one A4 page, with seal and QR code, for the applicant', async () => {
    context = await sweepPage(e2e, { name: 'decision-print', path: `/cases/${printed.caseId}/decision/print`, as: 'resident', ready: 'decision-qr' });
    const page = context.pages()[0]!;

    const sheet = page.getByTestId('decision-sheet');
    await expect(sheet.getAttribute('data-outcome')).resolves.toBe('refuse');
    await expect(page.getByTestId('decision-issuer').innerText()).resolves.toBe('青石镇人民政府');
    await expect(page.getByTestId('decision-remedies').innerText()).resolves.toContain('六十日内');
    await expect(page.getByTestId('verify-code').innerText()).resolves.toBe(printed.record.verifyCode);
    await expect(sheet.innerText()).resolves.toContain(`/verify/${printed.record.verifyCode}`);
    await expect(page.getByTestId('seal-image').locator('textPath').textContent()).resolves.toBe('青石镇人民政府');

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});
