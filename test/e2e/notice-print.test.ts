import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaToday } from '../../web/src/pages/counter/dates.js';
import { openPage, signInDirectly, startE2e, type E2e } from '../support/browser.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';

/** Pages of a PDF Chromium wrote: its page objects (`/Type /Page`, not `/Pages`). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe('every notice kind prints on one A4 page with realistic content', { timeout: 120_000 }, () => {
  let e2e: E2e;
  let context: BrowserContext | undefined;
  let page: Page;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    e2e = await startE2e();
    const api = new StackApi(e2e.url);
    const online = () =>
      api.submit('resident', {
        itemCode: 'MZ-GG-0003',
        answers: { ...DEMO_APPLICANT, address: '青山县青石镇青石村第三村民小组 12 号（村委会东侧二百米，原供销社旧址后院）' },
        materials: { idCard: ['身份证正反面.jpg'], hukou: ['户口簿首页.jpg'] },
      });
    const accepted = await online();
    await api.call('POST', `/api/cases/${accepted.caseId}/accept`, 'clerk', {
      version: accepted.version,
      deferred: [{ materialId: 'bankCard', dueOn: addDays(chinaToday(), 14) }],
      note: '申请人年事已高，由其子代为递交材料；银行卡复印件承诺两周内补交，逾期将按规定处理。',
    });
    const waiting = await online();
    await api.call('POST', `/api/cases/${waiting.caseId}/correction`, 'clerk', {
      version: waiting.version,
      items: [
        { materialId: 'hukou', problem: '户口簿照片不清晰，请重新上传户主页、本人页和变更记录页，确保四角完整、文字可辨认' },
        { materialId: 'idCard', problem: '身份证反面有效期已过期，请提供在有效期内的身份证正反面照片，或公安机关出具的临时身份证明' },
        { fieldId: 'address', problem: '地址请写到村民小组和门牌号，与户口簿登记的住址保持一致' },
        { problem: '请补充本人社会保障卡或银行卡照片，用于津贴发放，户名须为申请人本人' },
        { problem: '如由他人代办，请提供代办人身份证及申请人签字的委托书' },
        { problem: '请补充村（居）委会出具的居住情况证明，写明实际居住年限' },
      ],
    });
    const refused = await online();
    await api.call('POST', `/api/cases/${refused.caseId}/not-accept`, 'clerk', {
      version: refused.version,
      reasons: [
        '申请人未满 80 周岁，不属于本县高龄津贴发放对象',
        '申请人户籍不在本县，按规定应向户籍所在地乡镇（街道）申请',
        '申请人已在户籍地享受同类津贴，不得重复享受',
      ],
      legalBasis: [
        '《中华人民共和国老年人权益保障法》第三十三条',
        '《青山县高龄津贴发放管理办法》第五条、第八条',
        '《中华人民共和国行政许可法》第三十二条第一款',
      ],
      remedies:
        '如对本决定不服，可以自收到本通知书之日起六十日内向青山县人民政府申请行政复议，也可以自收到本通知书之日起六个月内依法向青山县人民法院提起行政诉讼。复议或诉讼期间，本决定不停止执行。',
    });
    Object.assign(cases, { acceptance: accepted.caseId, correction: waiting.caseId, 'not-accepted': refused.caseId });
  }, 180_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  for (const kind of ['acceptance', 'correction', 'not-accepted'] as const) {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`${kind} (${lang})`, async () => {
        ({ context, page } = await openPage(e2e));
        await signInDirectly(context, e2e.url, 'clerk');
        await page.goto(`/notices/${cases[kind]}/${kind}`);
        await page.getByTestId('notice-qr').waitFor();
        if (lang === 'en') {
          await page.getByRole('button', { name: '显示英文版' }).click();
          await page.locator('[data-testid="notice-sheet"][lang="en"]').waitFor();
        }
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
        expect(pageCount(pdf), `${kind} ${lang} pages`).toBe(1);
      });
    }
  }
});
