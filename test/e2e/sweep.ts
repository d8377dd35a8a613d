import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, screenshot, seriousAxeViolations, signInDirectly, VIEWPORTS, type E2e } from '../support/browser.js';

/** One page state to check: where, as whom, when it is ready, and what to do first. */
export interface SweepEntry {
  name: string;
  path: string;
  as: string;
  /** data-testid of the element that shows the page is ready. */
  ready: string;
  act?(page: Page): Promise<void>;
}

/** The widths every page is checked at: a small phone, then a counter desktop. */
export const SWEEP_WIDTHS = [VIEWPORTS.phone, VIEWPORTS.desktop];

/**
 * Opens a page state once, then at each width (the page reflows; nothing is reloaded)
 * screenshots it to test-results/screenshots/<name>-<width>.png and checks it: no serious or
 * critical axe violation, no sideways scrolling (WCAG 1.4.10 reflow at 360 px), one h1 and one
 * main landmark. Returns the context to close.
 */
export async function sweepPage(e2e: E2e, entry: SweepEntry): Promise<BrowserContext> {
  const { context, page } = await openPage(e2e, SWEEP_WIDTHS[0]);
  await signInDirectly(context, e2e.url, entry.as);
  await page.goto(entry.path);
  await page.getByTestId(entry.ready).first().waitFor();
  await entry.act?.(page);
  for (const viewport of SWEEP_WIDTHS) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${entry.name}-${viewport.width}`);
    const violations = await seriousAxeViolations(page);
    expect(violations, `${viewport.width} px: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${viewport.width} px: page scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await expect(page.locator('h1').count()).resolves.toBe(1);
  await expect(page.locator('main#main').count()).resolves.toBe(1);
  return context;
}
