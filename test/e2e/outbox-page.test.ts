import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAxeViolations, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';

/**
 * Issue 8: the county's outbox page shows one message per public step of a case, in the language
 * the applicant applied in, phone numbers masked.
 */
describe('the outbox page', { timeout: 180_000 }, () => {
  let e2e: E2e;
  let api: StackApi;
  beforeAll(async () => {
    e2e = await startE2e();
    api = new StackApi(e2e.url);
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });

  /** A case applied for online in `lang`, accepted, reviewed, granted and handed out at the window. */
  async function handedOut(lang: 'zh-CN' | 'en', answers: Record<string, string>) {
    const files = [];
    for (const materialId of ['idCard', 'hukou', 'bankCard']) files.push({ materialId, fileIds: [await api.upload('resident', `${materialId}.jpg`)] });
    const { case: c } = await api.call<{ case: { caseId: string; caseNumber: string } }>(
      'POST',
      '/api/cases',
      'resident',
      { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers, materials: files },
      [201],
      { 'idempotency-key': `outbox-${lang}-${Date.now()}`, 'accept-language': lang },
    );
    const decision = { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《高龄津贴发放办法》'] };
    for (const [as, path, body] of [
      ['clerk', 'accept', { deferred: [] }],
      ['reviewer', 'take', {}],
      ['reviewer', 'propose', decision],
      ['approver', 'decide', decision],
      ['clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: answers.applicantName, idChecked: true } }],
    ] as const) {
      const { version } = await api.caseOf(c.caseId, as);
      await api.call('POST', `/api/cases/${c.caseId}/${path}`, as, { version, ...body });
    }
    const events = (await api.call<{ events: { action: string; public: boolean }[] }>('GET', `/api/cases/${c.caseId}`, 'clerk')).events;
    return { ...c, publicSteps: events.filter((e) => e.public).map((e) => e.action) };
  }

  it('lists one message per public step, in the applicant’s language, with the phone masked', async () => {
    const zh = await handedOut('zh-CN', DEMO_APPLICANT);
    const en = await handedOut('en', { applicantName: '李芳', idNumber: '110105198001010016', phone: '13900139000', address: '青石镇东山村 5 组' });
    const { context, page } = await openPage(e2e, VIEWPORTS.desktop);
    await signInDirectly(context, e2e.url, 'supervisor');
    await page.goto('/county/outbox');
    await page.getByTestId('outbox-table').waitFor();
    for (const c of [zh, en]) {
      const rows = page.locator(`[data-testid="outbox-row"][data-case-id="${c.caseId}"]`);
      const actions = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-action')));
      // Delivery and completion are one write, and one message says both (core/notify/message-templates.ts).
      expect([...actions].sort()).toEqual(c.publicSteps.filter((a) => a !== 'deliver').sort());
      expect(actions).toContain('complete');
      expect(new Set(actions).size).toBe(actions.length);
      const langs = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-lang')));
      expect(new Set(langs)).toEqual(new Set([c === zh ? 'zh-CN' : 'en']));
    }
    const text = (await page.getByTestId('outbox-table').textContent()) ?? '';
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('13900139000');
    expect(text).toContain('139****9000');
    await screenshot(page, 'outbox-page-1280');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);
    await context.close();
  });
});
