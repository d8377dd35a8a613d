import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAxeViolations, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';
import { callerFor, type StackCaller } from './intake-support.js';

/** One page state to check: where, as whom, what shows it is ready, and what to do first. */
export interface ResidentSweep {
  name: string;
  path: string | ((ctx: SweepContext) => string);
  as?: string;
  ready: string;
  /** Runs in the browser before any page script: a stored draft, say. */
  init?(ctx: SweepContext, userId: string): { script: (arg: any) => void; arg: unknown } | undefined;
  act?(page: Page): Promise<void>;
  /**
   * Sets up the account's drafts on the server for this visit (after they are all deleted, so one
   * entry's saved draft never meets the next one's as a conflict).
   */
  prepare?(ctx: SweepContext, caller: StackCaller): Promise<void>;
  /** The save state the page is looked at in, once a draft page has saved (default: `saved`). */
  settled?: string;
}

/** Deletes every draft the account keeps on the server. */
export async function deleteServerDrafts(caller: StackCaller) {
  const list = await caller.call('GET', '/api/drafts');
  for (const d of (list.body?.items ?? []) as { itemCode: string; townshipId: string }[]) {
    await caller.call('DELETE', `/api/drafts/${d.itemCode}/${d.townshipId}`);
  }
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
        let userId = '';
        if (sweep.as) {
          const caller = await callerFor(e2e.url, sweep.as);
          await deleteServerDrafts(caller);
          await sweep.prepare?.(ctx, caller);
          const session = (await signInDirectly(context, e2e.url, sweep.as)) as unknown as { user: { userId: string } };
          userId = session.user.userId;
        }
        const init = sweep.init?.(ctx, userId);
        if (init) await context.addInitScript(init.script, init.arg);
        await page.goto(typeof sweep.path === 'function' ? sweep.path(ctx) : sweep.path);
        await (sweep.ready === 'page-title' ? page.locator('#page-title') : page.getByTestId(sweep.ready)).waitFor();
        await sweep.act?.(page);
        // A step of the apply flow saves its draft to the server: looked at once that has settled.
        const saveState = page.getByTestId('save-state').or(page.getByTestId('draft-conflict')).or(page.getByTestId('draft-gone'));
        if ((await saveState.count()) > 0) {
          await expect.poll(() => saveState.first().getAttribute('data-state'), { timeout: 10_000 }).toBe(sweep.settled ?? 'saved');
        }
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
