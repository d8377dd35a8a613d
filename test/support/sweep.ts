import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, screenshot, seriousAxeViolations, signInDirectly, VIEWPORTS, type E2e } from './browser.js';

/** One page in one state, for the axe and layout sweep. */
export interface Sweep {
  name: string;
  path: string;
  /** Demo username to sign in as first. */
  as?: string;
  /** data-testid of the element that shows the page is ready. */
  ready: string;
  /** Something to do first, to show a state (answers, errors, English). */
  act?(page: Page): Promise<void>;
}

/**
 * Opens the page once, then at 360 and 1280 px (the page reflows on resize as it would on load):
 * saves a screenshot to look at, and asserts no serious or critical axe finding, no sideways
 * scrolling, one h1 and one main. Returns the context for the caller to close.
 */
export async function sweepAtBothWidths(e2e: E2e, sweep: Sweep): Promise<BrowserContext> {
  const { context, page } = await openPage(e2e, VIEWPORTS.phone);
  if (sweep.as) await signInDirectly(context, e2e.url, sweep.as);
  await page.goto(sweep.path);
  await page.getByTestId(sweep.ready).first().waitFor();
  await sweep.act?.(page);

  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${sweep.name}-${viewport.width}`);
    const violations = await seriousAxeViolations(page);
    expect(violations, `${viewport.width} px: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    // WCAG 1.4.10 reflow: nothing makes the page scroll sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${viewport.width} px`).toBeLessThanOrEqual(0);
  }
  await expect(page.locator('h1').count()).resolves.toBe(1);
  await expect(page.locator('main#main').count()).resolves.toBe(1);
  return context;
}
