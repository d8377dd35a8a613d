import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { startE2e, type E2e } from '../support/browser.js';
import { DEMO_APPLICANT, StackApi } from '../support/stack-api.js';
import { sweepPage, type SweepEntry } from './sweep.js';

describe('the counter’s pages: accessibility and layout at 360 and 1280 px', { timeout: 60_000 }, () => {
  let e2e: E2e;
  let context: BrowserContext | undefined;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    e2e = await startE2e();
    const api = new StackApi(e2e.url);
    const online = () =>
      api.submit('resident', { itemCode: 'MZ-GG-0003', answers: DEMO_APPLICANT, materials: { idCard: ['身份证正反面.jpg'], hukou: ['户口簿首页.jpg'] } });
    const submitted = await online();
    cases.submitted = submitted.caseId;
    const waiting = await online();
    await api.call('POST', `/api/cases/${waiting.caseId}/correction`, 'clerk', {
      version: waiting.version,
      items: [{ materialId: 'hukou', problem: '户口簿照片不清晰' }, { problem: '请补充本人银行卡照片' }],
    });
    cases.waiting = waiting.caseId;
    // A village proxy's application, so the queue shows every channel.
    await api.submit('proxy', {
      itemCode: 'MZ-GG-0003',
      answers: { ...DEMO_APPLICANT, applicantName: '王大爷' },
      materials: { idCard: ['id.jpg'], hukou: ['hukou.jpg'] },
      proxyConsent: { method: 'signed_form', givenAt: new Date().toISOString() },
    });
  }, 180_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  const SWEEP: SweepEntry[] = [
    { name: 'counter-queue', path: '/counter', as: 'clerk', ready: 'queue-table' },
    {
      name: 'counter-queue-en',
      path: '/counter',
      as: 'clerk',
      ready: 'queue-table',
      act: (p) =>
        p
          .getByRole('button', { name: 'English' })
          .click()
          .then(() => p.getByText('Applications waiting').first().waitFor()),
    },
    { name: 'counter-review', path: '/counter/cases/{submitted}', as: 'clerk', ready: 'case-review' },
    {
      name: 'counter-review-accept',
      path: '/counter/cases/{submitted}',
      as: 'clerk',
      ready: 'case-review',
      act: (p) => p.getByTestId('choose-accept').click(),
    },
    {
      name: 'counter-review-correction-errors',
      path: '/counter/cases/{submitted}',
      as: 'clerk',
      ready: 'case-review',
      act: async (p) => {
        await p.getByTestId('choose-correction').click();
        await p.getByRole('button', { name: '添加其他问题' }).click();
        await p.getByLabel('户口簿', { exact: true }).check();
        await p.getByRole('button', { name: '出具一次性告知书' }).click();
        await p.getByTestId('error-summary').waitFor();
      },
    },
    {
      name: 'counter-review-not-accept',
      path: '/counter/cases/{submitted}',
      as: 'clerk',
      ready: 'case-review',
      act: (p) => p.getByTestId('choose-notAccept').click(),
    },
    { name: 'counter-review-waiting', path: '/counter/cases/{waiting}', as: 'clerk', ready: 'waiting-applicant' },
    { name: 'counter-walk-in', path: '/counter/new', as: 'clerk', ready: 'walk-in-matches' },
    {
      name: 'counter-walk-in-homestead',
      path: '/counter/new',
      as: 'clerk',
      ready: 'walk-in-matches',
      act: async (p) => {
        await p.getByLabel('事项名称、简称或编码').fill('宅基地');
        await p.keyboard.press('Enter');
        await p.getByTestId('walk-in-form').waitFor();
        await p.getByLabel('新建（新址）').check();
        await p.getByLabel('是', { exact: true }).check();
        await p.getByTestId('walk-in-materials').waitFor();
      },
    },
    {
      name: 'counter-walk-in-errors',
      path: '/counter/new',
      as: 'clerk',
      ready: 'walk-in-matches',
      act: async (p) => {
        await p.getByLabel('事项名称、简称或编码').fill('高龄');
        await p.keyboard.press('Enter');
        await p.getByTestId('walk-in-materials').waitFor();
        await p.getByLabel('已核验原件：申请人居民身份证').check();
        await p.getByLabel('已核验原件：户口簿').check();
        await p.getByRole('button', { name: '提交，稍后审查' }).click();
        await p.getByTestId('error-summary').waitFor();
      },
    },
  ];

  it.each(SWEEP.map((s) => [s.name, s] as const))(
    '%s at 360 and 1280 px has no serious or critical axe violations and no sideways scrolling',
    async (_name, entry) => {
      const path = entry.path.replace(/\{(\w+)\}/, (_, key: string) => cases[key]!);
      context = await sweepPage(e2e, { ...entry, path });
    },
  );
});
