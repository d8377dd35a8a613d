import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { startE2e, type E2e } from '../support/browser.js';
import { sweepAtBothWidths, type Sweep } from '../support/sweep.js';

// The catalogue administration in the states people meet (the item page and the calendar have their own files).
const SWEEP: Sweep[] = [
  { name: 'catalogue-list', path: '/county/catalogue', as: 'admin', ready: 'catalogue-rows' },
  { name: 'catalogue-item', path: '/county/catalogue/MZ-JF-0001', as: 'admin', ready: 'offering-form' },
  // A supervisor reads in English: no edit controls, every string translated.
  {
    name: 'catalogue-item-supervisor-en',
    path: '/county/catalogue/ZR-XK-0002?version=1',
    as: 'supervisor',
    ready: 'offerings',
    act: async (p) => {
      // The switch waits for the English strings; <html lang> changes with the page.
      await p.getByRole('button', { name: 'English' }).click();
      await p.locator('html[lang="en"]').waitFor();
    },
  },
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

describe('accessibility and layout of the catalogue administration', { timeout: 60_000 }, () => {
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
