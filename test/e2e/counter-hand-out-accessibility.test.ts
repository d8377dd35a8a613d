import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { startE2e, type E2e } from '../support/browser.js';
import { StackApi } from '../support/stack-api.js';
import { decidedCase } from './hand-out-support.js';
import { sweepPage, type SweepEntry } from './sweep.js';

const english = (text: string) => async (p: Page) => {
  await p.getByRole('button', { name: 'English' }).click();
  await p.getByText(text).first().waitFor();
};

describe('the counter’s results-out pages: accessibility and layout at 360 and 1280 px', { timeout: 90_000 }, () => {
  let e2e: E2e;
  let context: BrowserContext | undefined;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    e2e = await startE2e();
    const api = new StackApi(e2e.url);
    cases.decided = (await decidedCase(api)).caseId;
    const deliver = async () => {
      const { caseId } = await decidedCase(api);
      const { version } = await api.caseOf(caseId);
      await api.call('POST', `/api/cases/${caseId}/deliver`, 'clerk', {
        version,
        method: 'window',
        recipient: { kind: 'applicant', name: '张明', idChecked: true },
      });
      return caseId;
    };
    cases.delivered = await deliver();
    cases.rated = await deliver();
    const { version } = await api.caseOf(cases.rated);
    await api.call('POST', `/api/cases/${cases.rated}/rate`, 'clerk', { version, grade: 'very_satisfied' });
  }, 180_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  const SWEEP: SweepEntry[] = [
    { name: 'counter-hand-out-queue', path: '/counter/hand-out', as: 'clerk', ready: 'hand-out-table' },
    { name: 'counter-hand-out-queue-en', path: '/counter/hand-out', as: 'clerk', ready: 'hand-out-table', act: english('Results to hand out') },
    { name: 'counter-hand-out-case', path: '/counter/hand-out/{decided}', as: 'clerk', ready: 'hand-over-form' },
    {
      name: 'counter-hand-out-errors',
      path: '/counter/hand-out/{decided}',
      as: 'clerk',
      ready: 'hand-over-form',
      act: async (p) => {
        await p.getByLabel('委托代领人').check();
        await p.getByRole('button', { name: '确认送达' }).click();
        await p.getByTestId('error-summary').waitFor();
      },
    },
    {
      name: 'counter-hand-out-post-errors-en',
      path: '/counter/hand-out/{decided}',
      as: 'clerk',
      ready: 'hand-over-form',
      act: async (p) => {
        await english('Hand out:')(p);
        await p.getByLabel('By post').check();
        await p.getByRole('button', { name: 'Record the delivery' }).click();
        await p.getByTestId('error-summary').getByText('Enter the tracking number').waitFor();
      },
    },
    { name: 'counter-hand-out-delivered', path: '/counter/hand-out/{delivered}', as: 'clerk', ready: 'hand-out-done' },
    { name: 'counter-receipt', path: '/counter/hand-out/{delivered}/receipt', as: 'clerk', ready: 'receipt-sheet' },
    {
      name: 'counter-receipt-en',
      path: '/counter/hand-out/{delivered}/receipt',
      as: 'clerk',
      ready: 'receipt-sheet',
      act: async (p) => {
        await english('Delivery receipt')(p);
        await p.getByRole('button', { name: 'Show in English' }).click();
        await p.locator('[data-testid="receipt-sheet"][lang="en"]').waitFor();
      },
    },
    { name: 'counter-receipt-not-delivered', path: '/counter/hand-out/{decided}/receipt', as: 'clerk', ready: 'empty-state' },
    { name: 'counter-rating', path: '/counter/rate/{delivered}', as: 'clerk', ready: 'counter-rating-form' },
    {
      name: 'counter-rating-errors',
      path: '/counter/rate/{delivered}',
      as: 'clerk',
      ready: 'counter-rating-form',
      act: async (p) => {
        await p.getByRole('button', { name: '提交评价' }).click();
        await p.getByTestId('error-summary').waitFor();
      },
    },
    {
      name: 'counter-rating-en',
      path: '/counter/rate/{delivered}',
      as: 'clerk',
      ready: 'counter-rating-form',
      act: async (p) => {
        await english('Please rate this service')(p);
        await p.locator('label.grade-choice__tile--basically_satisfied').click();
      },
    },
    { name: 'counter-rating-rated', path: '/counter/rate/{rated}', as: 'clerk', ready: 'counter-rating-outcome' },
  ];

  it.each(SWEEP.map((s) => [s.name, s] as const))(
    '%s at 360 and 1280 px has no serious or critical axe violations and no sideways scrolling',
    async (_name, entry) => {
      const path = entry.path.replace(/\{(\w+)\}/, (_, key: string) => cases[key]!);
      context = await sweepPage(e2e, { ...entry, path });
    },
  );
});
