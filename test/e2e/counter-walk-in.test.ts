import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { sampleBytes } from '../support/sample-files.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaToday, formatDay } from '../../web/src/pages/counter/dates.js';
import { openPage, screenshot, SCREENSHOT_DIR, signInDirectly, startE2e, type E2e } from '../support/browser.js';
import { residentIdCheckChar } from '../../functions/core/identity/resident-id.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';

const NOTICE_DIR = resolve('test-results/notices');

/** Pages in a PDF: each page object says `/Type /Page` (the page tree says `/Pages`). */
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

describe('walk-in intake at the counter', { timeout: 90_000 }, () => {
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

  const openWalkIn = async () => {
    ({ context, page } = await openPage(e2e));
    await signInDirectly(context, e2e.url, 'clerk');
    await page.goto('/counter/new');
    await page.getByLabel('事项名称、简称或编码').waitFor();
  };

  /** Types the applicant's details into the labelled fields of the form. */
  const fillApplicant = async (idNumber = DEMO_APPLICANT.idNumber) => {
    await page.getByLabel('申请人姓名').fill('李秀英');
    await page.getByLabel('公民身份号码').fill(idNumber);
    await page.getByLabel('手机号码').fill('13912345678');
    await page.getByLabel('户籍或居住地址').fill('青石镇白沙村 5 组 8 号');
  };

  it('takes in a resident pension enrolment in one sitting, accepts it at once (a double click makes one case) and prints a one-page A4 notice', async () => {
    await openWalkIn();
    // Search by the short name, Enter takes the first match.
    await page.getByLabel('事项名称、简称或编码').fill('养老');
    await page.keyboard.press('Enter');
    await page.getByTestId('walk-in-form').waitFor();
    await expect(page.getByTestId('walk-in-item').textContent()).resolves.toContain('城乡居民基本养老保险参保登记');
    await expect(page.getByTestId('walk-in-conditions').textContent()).resolves.toContain('年满16周岁');
    await page.getByTestId('walk-in-materials').waitFor();
    await expect(page.getByTestId('walk-in-missing').textContent()).resolves.toContain('城乡居民基本养老保险参保登记表');

    // Originals checked at the window, and one optional scan through the shared upload.
    await page.getByLabel('已核验原件：申请人居民身份证').check();
    await page.getByLabel('已核验原件：户口簿').check();
    await page.getByLabel('已核验原件：城乡居民基本养老保险参保登记表').check();
    await page
      .locator('#walk-in-material-idCard')
      .setInputFiles({ name: '身份证扫描.png', mimeType: 'image/png', buffer: Buffer.from(sampleBytes('image/png', 2048)) });
    await page.getByTestId('material-idCard').getByRole('button', { name: '删除 身份证扫描.png' }).waitFor();
    await fillApplicant();
    await page.getByLabel(/缴费档次/).selectOption('g500');

    // Complete: accept now. A double click sends the same request twice under one Idempotency-Key.
    const keys: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/cases') keys.push(r.headers()['idempotency-key'] ?? '');
    });
    await page.getByRole('button', { name: '当场受理' }).dblclick();
    await page.getByTestId('walk-in-result').waitFor();
    expect(new Set(keys).size).toBe(1);
    const caseId = (await page.getByTestId('walk-in-result').getAttribute('data-case-id'))!;
    const created = await api.caseOf(caseId);
    expect(created).toMatchObject({ state: 'under_review', channel: 'counter', itemCode: 'RS-GG-0001', applicant: { name: '李秀英' } });
    expect(created.materials.find((m: { materialId: string }) => m.materialId === 'idCard').files[0].name).toBe('身份证扫描.png');
    const queue = await api.call<{ items: { itemCode: string }[] }>('GET', '/api/cases?state=under_review', 'clerk');
    expect(queue.items.filter((i) => i.itemCode === 'RS-GG-0001')).toHaveLength(1);

    // The result: case number, query code and the promised due date, focus on its title.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-title');
    await expect(page.getByTestId('result-case-number').textContent()).resolves.toContain(created.caseNumber);
    await expect(page.getByTestId('result-query-code').textContent()).resolves.toContain(created.queryCode);
    await expect(page.getByTestId('result-due').textContent()).resolves.toContain(formatDay(created.dueDates.promised, 'zh-CN'));
    await screenshot(page, 'counter-walk-in-result-1280');

    // The acceptance notice prints on one A4 page, without the site's header, navigation or buttons.
    await page.getByTestId('print-acceptance').click();
    await page.getByTestId('notice-qr').waitFor();
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.site-footer', '.notice-toolbar', 'button'].map((s) =>
        [...document.querySelectorAll(s)].every((el) => getComputedStyle(el).display === 'none'),
      ),
    );
    expect(hidden).toEqual([true, true, true, true]);
    // page.pdf prints with print media unless screen media is emulated: reset the emulation.
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: 'A4' });
    mkdirSync(NOTICE_DIR, { recursive: true });
    const pdfPath = join(NOTICE_DIR, 'walk-in-acceptance.pdf');
    writeFileSync(pdfPath, pdf);
    // A picture of the printed page(s) for people to look at (poppler-utils, where installed).
    if (existsSync('/usr/bin/pdftoppm')) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', pdfPath, join(SCREENSHOT_DIR, 'counter-notice-walk-in-pdf')]);
    }
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('offers a checksum override only after the server refuses an ID number, and records the reason', async () => {
    await openWalkIn();
    await page.getByLabel('事项名称、简称或编码').fill('MZ-GG-0003');
    await page.getByRole('button', { name: /高龄津贴申领/ }).click();
    await page.getByTestId('walk-in-materials').waitFor();
    await page.getByLabel('已核验原件：申请人居民身份证').check();
    await page.getByLabel('已核验原件：户口簿').check();
    await page.getByLabel('容缺：本人社会保障卡或银行账户信息').check();
    await page.getByLabel('补交日期').fill(addDays(chinaToday(), 14));
    await fillApplicant('110105194912310021');
    await expect(page.getByTestId('walk-in-overrides').count()).resolves.toBe(0);

    await page.getByRole('button', { name: '当场受理' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await summary.getByRole('link', { name: '公民身份号码校验位不正确，请核对' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-idNumber');

    await page.getByLabel('已核对原件，仍按此公民身份号码受理').check();
    await page.getByLabel('核实情况').fill('1990 年代旧证号，已与户口簿核对');
    await page.getByRole('button', { name: '当场受理' }).click();
    await page.getByTestId('walk-in-result').waitFor();
    const caseId = (await page.getByTestId('walk-in-result').getAttribute('data-case-id'))!;
    const created = await api.caseOf(caseId);
    expect(created.overrides).toEqual([{ fieldId: 'idNumber', reason: '1990 年代旧证号，已与户口簿核对' }]);
    expect(created.materials.find((m: { materialId: string }) => m.materialId === 'bankCard').deferred.dueOn).toBe(addDays(chinaToday(), 14));

    // Next applicant starts from an empty search, with focus in it.
    await page.getByRole('button', { name: '接待下一位申请人' }).click();
    await page.getByLabel('事项名称、简称或编码').waitFor();
    // Focus moves in an effect after the render that shows the field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('walk-in-search');
    await expect(page.getByLabel('事项名称、简称或编码').inputValue()).resolves.toBe('');
  });

  it('flags a second application of the same person for the same item with the first case number; the clerk goes on with a reason the case keeps', async () => {
    // A person of this test's own (a valid number), so no other test's application is theirs.
    const person = `32010219560708121${residentIdCheckChar('32010219560708121')}`;
    const first = await api.submit('resident', {
      itemCode: 'MZ-GG-0003',
      answers: { ...DEMO_APPLICANT, idNumber: person },
      materials: { idCard: ['身份证.jpg'], hukou: ['户口簿.jpg'], bankCard: ['银行卡.jpg'] },
    });

    await openWalkIn();
    await page.getByLabel('事项名称、简称或编码').fill('高龄');
    await page.keyboard.press('Enter');
    await page.getByTestId('walk-in-materials').waitFor();
    await page.getByLabel('已核验原件：申请人居民身份证').check();
    await page.getByLabel('已核验原件：户口簿').check();
    await page.getByLabel('已核验原件：本人社会保障卡或银行账户信息').check();
    await fillApplicant(person);
    await page.getByRole('button', { name: '当场受理' }).click();

    // Flagged with the open case's number, in the error summary and beside the reason it asks for.
    const flagged = page.getByTestId('walk-in-duplicate');
    await flagged.waitFor();
    await expect(flagged.textContent()).resolves.toContain(first.caseNumber);
    await expect(page.getByTestId('error-summary').textContent()).resolves.toContain(first.caseNumber);
    await screenshot(page, 'counter-walk-in-duplicate-1280');
    await expect(page.locator('#walk-in-duplicate-reason-error').textContent()).resolves.toContain('原因');
    // Going on without a reason is refused again; a reason typed while that answer is on its way is
    // kept; with it, the application is taken in and keeps it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === '/api/cases',
      async (route) => {
        if (route.request().method() === 'POST') await held;
        await route.continue();
      },
      { times: 1 },
    );
    await page.getByRole('button', { name: '当场受理' }).click();
    await page.locator('button[aria-disabled="true"]', { hasText: '正在提交' }).first().waitFor();
    await page.getByLabel('仍要受理的原因').fill('网上申请系其子女误操作，申请人当场说明将撤回');
    release();
    await page.getByRole('button', { name: '当场受理' }).waitFor();
    await expect(page.getByLabel('仍要受理的原因').inputValue()).resolves.toBe('网上申请系其子女误操作，申请人当场说明将撤回');
    await page.getByRole('button', { name: '当场受理' }).click();
    await page.getByTestId('walk-in-result').waitFor();
    const caseId = (await page.getByTestId('walk-in-result').getAttribute('data-case-id'))!;
    expect((await api.caseOf(caseId)).duplicateOf).toEqual({
      caseId: first.caseId,
      caseNumber: first.caseNumber,
      reason: '网上申请系其子女误操作，申请人当场说明将撤回',
    });
  });

  it('names the materials that block an intake, and submits one whose 容缺 is undecided for review', async () => {
    await openWalkIn();
    await page.getByLabel('事项名称、简称或编码').fill('高龄');
    await page.keyboard.press('Enter');
    await page.getByTestId('walk-in-materials').waitFor();
    await fillApplicant();
    await expect(page.getByRole('button', { name: '当场受理' }).count()).resolves.toBe(0);

    // Nothing checked yet: the ID card and household register may not follow later.
    await page.getByRole('button', { name: '提交，稍后审查' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await summary.getByRole('link', { name: /户口簿/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('walk-in-original-hukou');
    await page.keyboard.press('Space');
    await page.getByLabel('已核验原件：申请人居民身份证').check();
    await expect(page.getByTestId('walk-in-undecided').textContent()).resolves.toContain('本人社会保障卡或银行账户信息');
    await page.getByRole('button', { name: '提交，稍后审查' }).click();
    await page.getByTestId('walk-in-result').waitFor();
    const caseId = (await page.getByTestId('walk-in-result').getAttribute('data-case-id'))!;
    await page.getByRole('link', { name: '查看办件' }).click();
    await page.getByTestId('case-review').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/counter/cases/${caseId}`);
    await expect(page.getByTestId('case-state').textContent()).resolves.toBe('待窗口答复');
  });
});
