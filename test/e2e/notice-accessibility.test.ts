import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { addDays, chinaToday } from '../../web/src/pages/counter/dates.js';
import { startE2e, type E2e } from '../support/browser.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';
import { sweepPage, type SweepEntry } from './sweep.js';

describe('printable notices: accessibility and layout at 360 and 1280 px', { timeout: 60_000 }, () => {
  let e2e: E2e;
  let context: BrowserContext | undefined;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    e2e = await startE2e();
    const api = new StackApi(e2e.url);
    const online = () =>
      api.submit('resident', { itemCode: 'MZ-GG-0003', answers: DEMO_APPLICANT, materials: { idCard: ['身份证正反面.jpg'], hukou: ['户口簿首页.jpg'] } });
    const accepted = await online();
    await api.call('POST', `/api/cases/${accepted.caseId}/accept`, 'clerk', {
      version: accepted.version,
      deferred: [{ materialId: 'bankCard', dueOn: addDays(chinaToday(), 14) }],
    });
    const waiting = await online();
    await api.call('POST', `/api/cases/${waiting.caseId}/correction`, 'clerk', {
      version: waiting.version,
      items: [
        { materialId: 'hukou', problem: '户口簿照片不清晰，请重新上传首页和本人页' },
        { fieldId: 'address', problem: '地址请写到门牌号' },
        { problem: '请补充本人银行卡照片' },
      ],
    });
    const refused = await online();
    await api.call('POST', `/api/cases/${refused.caseId}/not-accept`, 'clerk', {
      version: refused.version,
      reasons: ['申请人未满 80 周岁，不属于高龄津贴发放对象'],
      legalBasis: ['《中华人民共和国老年人权益保障法》第三十三条'],
      remedies: '如对本决定不服，可以自收到本通知书之日起六十日内向青山县人民政府申请行政复议，也可以自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。',
    });
    Object.assign(cases, { accepted: accepted.caseId, waiting: waiting.caseId, refused: refused.caseId });
  }, 180_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  const SWEEP: SweepEntry[] = [
    { name: 'notice-acceptance', path: '/notices/{accepted}/acceptance', as: 'clerk', ready: 'notice-qr' },
    {
      name: 'notice-acceptance-en',
      path: '/notices/{accepted}/acceptance',
      as: 'clerk',
      ready: 'notice-qr',
      act: async (p) => {
        await p.getByRole('button', { name: '显示英文版' }).click();
        await p.locator('[data-testid="notice-sheet"][lang="en"]').waitFor();
      },
    },
    { name: 'notice-correction', path: '/notices/{waiting}/correction', as: 'clerk', ready: 'notice-correction-items' },
    { name: 'notice-correction-resident', path: '/notices/{waiting}/correction', as: 'resident', ready: 'notice-correction-items' },
    { name: 'notice-not-accepted', path: '/notices/{refused}/not-accepted', as: 'clerk', ready: 'notice-sheet' },
    { name: 'notice-not-issued', path: '/notices/{waiting}/acceptance', as: 'clerk', ready: 'async-error' },
  ];

  it.each(SWEEP.map((s) => [s.name, s] as const))(
    '%s at 360 and 1280 px has no serious or critical axe violations and no sideways scrolling',
    async (_name, entry) => {
      const path = entry.path.replace(/\{(\w+)\}/, (_, key: string) => cases[key]!);
      context = await sweepPage(e2e, { ...entry, path });
    },
  );
});
