import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { startE2e, type E2e } from '../support/browser.js';
import { sweepAtBothWidths, type Sweep } from '../support/sweep.js';

// The public item page in the states residents and clerks meet: answered checklist, a township that
// does not offer it, English, an unknown item.
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
    act: async (p) => {
      // The switch waits for the English strings; <html lang> changes with the page.
      await p.getByRole('button', { name: 'English' }).click();
      await p.locator('html[lang="en"]').waitFor();
    },
  },
  { name: 'item-error', path: '/guide/NO-SUCH-0000', ready: 'async-error' },
];

describe('accessibility and layout of the item page', { timeout: 60_000 }, () => {
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
