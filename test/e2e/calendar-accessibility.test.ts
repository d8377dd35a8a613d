import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, signInDirectly, startE2e, type E2e } from '../support/browser.js';
import { sweepAtBothWidths, type Sweep } from '../support/sweep.js';

// The calendar editor in the states people meet; 365 day buttons make each axe run slow, so it has its own file.
const SWEEP: Sweep[] = [
  { name: 'calendar', path: '/county/calendar?year=2026', as: 'admin', ready: 'year-grid' },
  {
    name: 'calendar-refused',
    path: '/county/calendar?year=2026',
    as: 'admin',
    ready: 'year-grid',
    act: async (p) => {
      await p.getByLabel('标为调休上班日').check();
      await p.locator('button[data-date="2026-12-10"]').click();
    },
  },
  { name: 'calendar-new-year', path: '/county/calendar?year=2099', as: 'admin', ready: 'year-new' },
  {
    name: 'calendar-en',
    path: '/county/calendar?year=2026',
    as: 'admin',
    ready: 'year-grid',
    act: async (p) => {
      // The switch waits for the English strings; <html lang> changes with the page.
      await p.getByRole('button', { name: 'English' }).click();
      await p.locator('html[lang="en"]').waitFor();
    },
  },
  { name: 'calendar-supervisor', path: '/county/calendar?year=2026', as: 'supervisor', ready: 'year-grid' },
];

describe('accessibility and layout of the calendar editor', { timeout: 60_000 }, () => {
  let e2e: E2e;
  let context: BrowserContext;
  let page: Page;

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

  it('moves through the year with the keyboard alone and shows where focus is', async () => {
    ({ context, page } = await openPage(e2e));
    await signInDirectly(context, e2e.url, 'admin');
    await page.goto('/county/calendar?year=2026');
    await page.getByTestId('year-grid').waitFor();
    // Only one day is a Tab stop: the year is one control, not 365.
    await expect(page.locator('.year-grid button[tabindex="0"]').count()).resolves.toBe(1);
    await page.locator('button[data-date="2026-03-02"]').focus();
    const steps: [string, string][] = [
      ['ArrowDown', '2026-03-09'],
      ['End', '2026-03-15'],
      ['PageDown', '2026-04-15'],
      ['Home', '2026-04-13'],
      ['ArrowLeft', '2026-04-12'],
      ['PageUp', '2026-03-12'],
    ];
    for (const [key, date] of steps) {
      await page.keyboard.press(key);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-date'))).toBe(date);
    }
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return parseFloat(style.outlineWidth) + (style.boxShadow === 'none' ? 0 : 1);
    });
    expect(ring).toBeGreaterThanOrEqual(2);
  });
});
