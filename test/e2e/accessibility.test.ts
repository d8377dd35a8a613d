import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAxeViolations, signInDirectly, startE2e, VIEWPORTS, type E2e } from '../support/browser.js';

interface Sweep {
  name: string;
  path: string;
  /** Demo username to sign in as first. */
  as?: string;
  /** The element that shows the page is ready (data-testid), or an h1 text. */
  ready: string;
  /** Something to set up before the page opens (an API answer to stand in for). */
  before?(page: Page): Promise<unknown>;
  /** Something to do before the check, to show a state (errors, English). */
  act?(page: Page): Promise<void>;
}

const SWEEP: Sweep[] = [
  { name: 'home', path: '/', ready: 'action-guide' },
  {
    name: 'home-en',
    path: '/',
    ready: 'action-guide',
    act: async (p) => {
      // The switch waits for the English strings; <html lang> changes with the page.
      await p.getByRole('button', { name: 'English' }).click();
      await p.locator('html[lang="en"]').waitFor();
    },
  },
  { name: 'sign-in', path: '/sign-in', ready: 'demo-accounts' },
  {
    name: 'sign-in-errors',
    path: '/sign-in',
    ready: 'demo-accounts',
    act: async (p) => {
      await p.getByRole('button', { name: '登录', exact: true }).click();
      await p.getByTestId('error-summary').waitFor();
    },
  },
  { name: 'guide', path: '/guide', ready: 'guide-list' },
  {
    name: 'guide-error',
    path: '/guide',
    ready: 'async-error',
    before: (p) =>
      p.route('**/api/catalogue/items', (r) =>
        r.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'INTERNAL', message: '', requestId: 'req-a11y' }) }),
      ),
  },
  {
    name: 'track-errors',
    path: '/track',
    ready: 'page-title',
    act: async (p) => {
      await p.getByRole('button', { name: '查询' }).click();
      await p.getByTestId('error-summary').waitFor();
    },
  },
  { name: 'not-found', path: '/nowhere', ready: 'not-found' },
  { name: 'workspace-resident', path: '/resident', as: 'resident', ready: 'workspace-resident' },
  { name: 'workspace-proxy', path: '/resident', as: 'proxy', ready: 'workspace-resident' },
  { name: 'workspace-counter', path: '/counter', as: 'clerk', ready: 'workspace-counter' },
  { name: 'workspace-office', path: '/office', as: 'approver', ready: 'workspace-office' },
  { name: 'workspace-county', path: '/county', as: 'admin', ready: 'workspace-county' },
  { name: 'forbidden', path: '/county', as: 'clerk', ready: 'forbidden' },
];
const WIDTHS = [VIEWPORTS.phone, VIEWPORTS.desktop];

describe('accessibility and layout', { timeout: 60_000 }, () => {
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

  const visit = async (sweep: Sweep, viewport: { width: number; height: number }) => {
    ({ context, page } = await openPage(e2e, viewport));
    if (sweep.as) await signInDirectly(context, e2e.url, sweep.as);
    await sweep.before?.(page);
    await page.goto(sweep.path);
    await (sweep.ready === 'page-title' ? page.locator('#page-title') : page.getByTestId(sweep.ready)).waitFor();
    await sweep.act?.(page);
  };

  it.each(SWEEP.flatMap((s) => WIDTHS.map((v) => [s.name, v.width, s, v] as const)))(
    '%s at %i px has no serious or critical axe violations and no sideways scrolling',
    async (name, width, sweep, viewport) => {
      await visit(sweep, viewport);
      await screenshot(page, `${name}-${width}`);

      const violations = await seriousAxeViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      // WCAG 1.4.10 reflow: at 360 px nothing makes the page scroll sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      await expect(page.locator('main#main').count()).resolves.toBe(1);
    },
  );

  it('offers a skip link as the first Tab stop, which moves focus into the main content', async () => {
    ({ context, page } = await openPage(e2e));
    await page.goto('/');
    await page.getByTestId('action-guide').waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await expect.poll(() => page.evaluate(() => document.activeElement!.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('action-guide');
  });

  it('draws a focus indicator of at least 2 px on links, buttons and inputs reached by keyboard', async () => {
    ({ context, page } = await openPage(e2e));
    await page.goto('/sign-in');
    await page.getByTestId('demo-accounts').waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && style.outlineColor !== 'rgba(0, 0, 0, 0)' ? parseFloat(style.outlineWidth) : 0;
        const shadows = [...style.boxShadow.matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
        // box-shadow: x y blur spread: the ring's thickness is its spread.
        const ring = style.boxShadow === 'none' ? 0 : Math.max(0, ...shadows.filter((_, i) => i % 4 === 3));
        return { tag: el.tagName, width: Math.max(outline, ring), text: el.textContent?.trim() ?? el.id };
      });
      seen.add(focus.tag);
      expect(focus.width, `${focus.tag} "${focus.text}"`).toBeGreaterThanOrEqual(2);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['A', 'BUTTON', 'INPUT']));
  });

  it('hides navigation and buttons when a page is printed', async () => {
    ({ context, page } = await openPage(e2e));
    await signInDirectly(context, e2e.url, 'clerk');
    await page.goto('/counter');
    await page.getByTestId('workspace-counter').waitFor();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['nav', 'button', '.skip-link', 'h1'].map((selector) => [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none')),
    );
    expect(shown).toEqual([false, false, false, true]);
  });
});
