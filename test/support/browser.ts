import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { workspaceOf, type Role } from '../../functions/core/auth/principal.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../functions/demo/accounts.js';
import { startLocalStack, type LocalStack, type LocalStackOidc } from '../../scripts/lib/local-stack.js';
import { runChromiumEndpoint, runDynamoEndpoint } from './run-services.js';

const WEB_DIR = 'dist/web';
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

/** The viewports every page must work at: a small phone and a counter desktop. */
export const VIEWPORTS = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 900 } } as const;

/**
 * The whole product as `npm start` runs it, over the test run's one DynamoDB Local (in a table of
 * this file's own), and a connection to the run's one headless Chromium.
 */
export interface E2e {
  url: string;
  /** This file's connection; its contexts are its own (`openPage`). */
  browser: Browser;
  /** The stack behind the page, for tests that write data directly (DynamoDB Local, seal keys). */
  stack: Pick<LocalStack, 'dynamoEndpoint' | 'tableName' | 'sealKeysDir'>;
  stop(): Promise<void>;
}

/**
 * Starts the local stack over the built app and connects to the browser; one per test file. `auth`
 * signs in through that OIDC provider instead of the local issuer; `now` is the API's clock for cases.
 */
export async function startE2e(options: { auth?: LocalStackOidc; now?: () => Date; sweepEveryMs?: number } = {}): Promise<E2e> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) {
    throw new Error(`${WEB_DIR} is not built: run \`npm run build:web\` first (\`npm test\` does).`);
  }
  const [dynamoEndpoint, chromiumEndpoint] = await Promise.all([runDynamoEndpoint(), runChromiumEndpoint()]);
  const stack: LocalStack = await startLocalStack({
    port: 0,
    webDir: WEB_DIR,
    logLevel: 'silent',
    dynamoEndpoint,
    // Its own table, so no other file's cases, accounts or figures are in sight.
    tableName: `e2e-${randomUUID().slice(0, 8)}`,
    ...(options.auth ? { auth: options.auth } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.sweepEveryMs ? { sweepEveryMs: options.sweepEveryMs } : {}),
  });
  try {
    const browser = await chromium.connect(chromiumEndpoint);
    return {
      url: stack.url,
      browser,
      stack: { dynamoEndpoint: stack.dynamoEndpoint, tableName: stack.tableName, sealKeysDir: stack.sealKeysDir },
      async stop() {
        // Closes this file's contexts and the connection; the browser stays for the next file.
        await browser.close();
        await stack.stop();
      },
    };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

/** A fresh context (no storage shared with other tests) and a page in it. */
export async function openPage(e2e: E2e, viewport: { width: number; height: number } = VIEWPORTS.desktop) {
  const context: BrowserContext = await e2e.browser.newContext({ baseURL: e2e.url, viewport, locale: 'zh-CN' });
  const page: Page = await context.newPage();
  return { context, page };
}

/**
 * A downloaded file's content as text, streamed over the connection: the browser is the run's
 * shared one, and playwright gives no file path to a client connected to a browser server.
 */
export async function downloadedText(download: Download): Promise<string> {
  return Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
}

/** The demo username of each role. */
export function usernameOf(role: Role): string {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return account.username;
}

/** The demo account with this username. */
export function demoAccount(username: string) {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return account;
}

/** Signs in the way a person does: fills the labelled fields and presses the button. */
export async function signInThroughForm(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/**
 * Signs in through the API and hands the session to the page as the app stores it, for tests
 * about something else than signing in (the sweep visits every workspace).
 */
export async function signInDirectly(context: BrowserContext, baseUrl: string, username: string) {
  const response = await fetch(`${baseUrl}/api/auth/local/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const session = await response.json();
  await context.addInitScript((value: string) => sessionStorage.setItem('ow.session', value), JSON.stringify({ session, receivedAt: Date.now() }));
  return session as { user: { workspace: string } };
}

/** Where a role lands after sign-in. */
export const workspacePathOf = (role: Role) => `/${workspaceOf(role)}`;

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
let axeSource: string | undefined;
const AXE_SOURCE = () => (axeSource ??= readFileSync(AXE_PATH, 'utf8'));

/** A serious or critical axe finding, flattened for a readable assertion message. */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page as it is now and returns its serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern; a <script> tag
  // with inline content (addScriptTag) would be refused by `script-src 'self'`.
  await page.evaluate(AXE_SOURCE());
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id as string,
      impact: v.impact as string,
      help: v.help as string,
      targets: (v.nodes as { target: string[] }[]).map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png for people to look at. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
