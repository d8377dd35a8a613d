import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAxeViolations, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';

/** One page state to check: where, as whom, what shows it is ready, and what to do first. */
export interface ResidentSweep {
  name: string;
  path: string | ((ctx: SweepContext) => string);
  as?: string;
  ready: string;
  /** Runs in the browser before any page script: a stored draft, say. */
  init?(ctx: SweepContext, userId: string): { script: (arg: any) => void; arg: unknown } | undefined;
  act?(page: Page): Promise<void>;
}

/** What the setup made (cases, ids) for the sweep entries to use. */
export type SweepContext = Record<string, any> & { url: string };

/**
 * Visits every entry at 360 and 1280 px, saves a screenshot, and asserts no serious or critical
 * axe finding, no sideways scrolling and one h1 inside the main landmark.
 */
export function residentSweep(title: string, setup: (url: string) => Promise<Record<string, any>>, entries: ResidentSweep[]) {
  describe(title, { timeout: 60_000 }, () => {
    let e2e: E2e;
    let ctx: SweepContext;
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      e2e = await startE2e();
      ctx = { url: e2e.url, ...(await setup(e2e.url)) };
    }, 150_000);
    afterAll(async () => {
      await e2e?.stop();
    });
    afterEach(async () => {
      await context?.close();
    });

    it.each(entries.flatMap((s) => [VIEWPORTS.phone, VIEWPORTS.desktop].map((v) => [s.name, v.width, s, v] as const)))(
      '%s at %i px: no serious axe violations, no sideways scrolling',
      async (name, width, sweep, viewport) => {
        ({ context, page } = await openPage(e2e, viewport));
        if (sweep.as) {
          const session = (await signInDirectly(context, e2e.url, sweep.as)) as unknown as { user: { userId: string } };
          const init = sweep.init?.(ctx, session.user.userId);
          if (init) await context.addInitScript(init.script, init.arg);
        }
        await page.goto(typeof sweep.path === 'function' ? sweep.path(ctx) : sweep.path);
        await (sweep.ready === 'page-title' ? page.locator('#page-title') : page.getByTestId(sweep.ready)).waitFor();
        await sweep.act?.(page);
        await screenshot(page, `${name}-${width}`);

        const violations = await seriousAxeViolations(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await expect(page.locator('main#main h1').count()).resolves.toBe(1);
      },
    );
  });
}

/** An init script that stores an application draft in sessionStorage, as the app keeps it. */
export function draftScript(draft: unknown) {
  return {
    script: (value: string) => sessionStorage.setItem('ow.intake.draft', value),
    arg: JSON.stringify(draft),
  };
}
