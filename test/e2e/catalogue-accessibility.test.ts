import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { startE2e, type E2e } from '../support/browser.js';
import { sweepAtBothWidths, type Sweep } from '../support/sweep.js';

// The item page and the catalogue administration, in the states people meet (the calendar has its own file).
const SWEEP: Sweep[] = [
  { name: 'item', path: '/guide/ZR-XK-0001', ready: 'due-date-value' },
  {
    name: 'item-checklist',
    path: '/guide/ZR-XK-0001?township=qingshi',
    ready: 'item-page',
    act: async (p) => {
      await p.getByLabel('原址翻建').check();
      await p.getByTestId('checklist-result').waitFor();
    },
  },
  { name: 'item-not-offered', path: '/guide/ZR-XK-0002?township=liulin', ready: 'offered-here' },
  {
    name: 'item-en',
    path: '/guide/SJ-XK-0001',
    ready: 'due-date-value',
    act: (p) => p.getByRole('button', { name: 'English' }).click(),
  },
  { name: 'item-error', path: '/guide/NO-SUCH-0000', ready: 'async-error' },
  { name: 'catalogue-list', path: '/county/catalogue', as: 'admin', ready: 'catalogue-rows' },
  { name: 'catalogue-list-supervisor', path: '/county/catalogue?category=licensing', as: 'supervisor', ready: 'catalogue-rows' },
  { name: 'catalogue-item', path: '/county/catalogue/MZ-JF-0001', as: 'admin', ready: 'offering-form' },
  {
    name: 'catalogue-edit',
    path: '/county/catalogue/ZR-XK-0001/edit',
    as: 'admin',
    ready: 'item-edit-form',
    act: (p) => p.getByTestId('material-row-1').locator('summary').click(),
  },
  {
    name: 'catalogue-edit-errors',
    path: '/county/catalogue/SJ-XK-0002/edit',
    as: 'admin',
    ready: 'item-edit-form',
    act: async (p) => {
      await p.getByLabel('承诺办结时限（工作日）').fill('30');
      await p.getByLabel('事项名称（英文）').fill('');
      await p.getByRole('button', { name: '保存为第 2 版' }).click();
      await p.getByTestId('error-summary').waitFor();
    },
  },
  { name: 'catalogue-new', path: '/county/catalogue/new', as: 'admin', ready: 'item-edit-form' },
];

describe('accessibility and layout of the item and catalogue pages', { timeout: 60_000 }, () => {
  let e2e: E2e;
  let context: BrowserContext;

  beforeAll(async () => {
    e2e = await startE2e();
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  afterEach(async () => {
    await context?.close();
  });

  it.each(SWEEP.map((s) => [s.name, s] as const))('%s has no serious or critical axe violations at 360 and 1280 px', async (_, sweep) => {
    context = await sweepAtBothWidths(e2e, sweep);
  });

});
