import { decodeJwt } from 'jose';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COUNTY } from '../../functions/demo/geography.js';
import { openPage, screenshot, seriousAxeViolations, startE2e, type E2e } from '../support/browser.js';
import { startFakeOidcProvider } from '../support/fake-oidc-provider.js';

// Browser tests start the whole stack, a provider and Chromium: give them room.
const TIMEOUT = 60_000;
const CLIENT_ID = 'one-window-web';
const PROVIDER_NAME = '县统一身份认证';

/** The clerk as a Cognito ID token describes her: group = role, tenancy in custom attributes. */
const CLERK = {
  sub: 'u-clerk-qs',
  name: '陈静',
  'cognito:groups': ['clerk'],
  'custom:county': DEMO_COUNTY.id,
  'custom:township': 'qingshi',
};

describe('signing in through an OIDC provider (authorization code + PKCE)', { timeout: TIMEOUT }, () => {
  let provider: Awaited<ReturnType<typeof startFakeOidcProvider>>;
  let e2e: E2e;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    provider = await startFakeOidcProvider({ clientId: CLIENT_ID, user: CLERK, redirectUris: [] });
    e2e = await startE2e({
      auth: { issuer: provider.issuer, audience: CLIENT_ID, clientId: CLIENT_ID, jwksUrl: provider.jwksUrl, providerName: PROVIDER_NAME },
    });
    // The app's port is known only now: register its callback, as a county registers its WebUrl.
    provider.options.redirectUris.push(`${e2e.url}/auth/callback`);
  }, 120_000);
  afterAll(async () => {
    await e2e?.stop();
    await provider?.stop();
  });
  afterEach(async () => {
    await context?.close();
  });

  /** A fresh page that remembers every page it navigated to. */
  const open = async () => {
    ({ context, page } = await openPage(e2e));
    const visited: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) visited.push(request.url());
    });
    return visited;
  };
  const storedSession = () => page.evaluate(() => sessionStorage.getItem('ow.session'));
  const signInButton = () => page.getByRole('button', { name: `使用${PROVIDER_NAME}登录`, exact: true });

  it('goes from the sign-in button to the provider and back through /auth/callback into the clerk’s workspace', async () => {
    const visited = await open();
    await page.goto('/sign-in');
    await signInButton().waitFor();
    // No password form and no demo accounts on a deployment with a provider.
    await expect(page.getByLabel('密码', { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByTestId('demo-accounts').count()).resolves.toBe(0);
    await page.getByText(`您将前往${PROVIDER_NAME}页面输入账号和密码`).waitFor();
    await screenshot(page, 'sign-in-oidc');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);

    await signInButton().click();
    await page.waitForURL('**/counter');
    await page.getByTestId('workspace-counter').waitFor();
    await expect(page.getByTestId('user-name').textContent()).resolves.toBe('陈静');

    const authorize = new URL(visited.find((u) => u.startsWith(`${provider.issuer}/authorize`))!);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      redirect_uri: `${e2e.url}/auth/callback`,
      response_type: 'code',
      code_challenge_method: 'S256',
    });
    expect(visited.some((u) => u.startsWith(`${e2e.url}/auth/callback?`) && new URL(u).searchParams.has('code'))).toBe(true);
    // The code and state do not stay in the address bar or the history.
    expect(page.url()).toBe(`${e2e.url}/counter`);

    // The bearer is the provider's ID token, kept until its own expiry.
    const stored = JSON.parse((await storedSession())!) as { session: { token: string; expiresAt: string } };
    const claims = decodeJwt(stored.session.token);
    expect(claims).toMatchObject({ iss: provider.issuer, aud: CLIENT_ID, sub: 'u-clerk-qs', nonce: authorize.searchParams.get('nonce') });
    expect(stored.session.expiresAt).toBe(new Date(claims.exp! * 1000).toISOString());
    const exchange = provider.requestsTo('/token').at(-1)!;
    expect(exchange.params).toMatchObject({ grant_type: 'authorization_code', client_id: CLIENT_ID });
    expect(exchange.params.code_verifier).toBeTruthy();
  });

  it('brings a visitor of a workspace page back to it after signing in (next through state)', async () => {
    await open();
    await page.goto('/counter?from=queue');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/counter?from=queue');

    await signInButton().click();
    await page.waitForURL((url) => url.pathname === '/counter' && url.search === '?from=queue');
    await page.getByTestId('workspace-counter').waitFor();
  });

  it('refuses a tampered state with a clear message, exchanges no code and starts no session', async () => {
    await open();
    const exchangesBefore = provider.requestsTo('/token').length;
    // Someone changes the state on the way back from the provider.
    await page.route(`${provider.issuer}/authorize**`, async (route) => {
      const response = await route.fetch({ maxRedirects: 0 });
      const back = new URL(response.headers().location!);
      back.searchParams.set('state', `${back.searchParams.get('state')}-tampered`);
      await route.fulfill({ status: 302, headers: { location: back.href } });
    });
    await page.goto('/sign-in');
    await signInButton().click();

    await page.getByTestId('auth-callback-failed').waitFor();
    await page.getByRole('heading', { level: 1, name: '登录没有完成', exact: true }).waitFor();
    await page.getByText('登录回应与本页发出的登录请求不一致，可能已被篡改。').waitFor();
    expect(new URL(page.url()).pathname).toBe('/auth/callback');
    await expect(storedSession()).resolves.toBeNull();
    expect(provider.requestsTo('/token')).toHaveLength(exchangesBefore);
    await screenshot(page, 'auth-callback-refused');
    await expect(seriousAxeViolations(page)).resolves.toEqual([]);

    // The way out: sign in again, properly this time.
    await page.unroute(`${provider.issuer}/authorize**`);
    await page.getByRole('link', { name: '重新登录' }).click();
    await signInButton().click();
    await page.waitForURL('**/counter');
  });

  it('renews the clerk’s token with the refresh token grant while she works', async () => {
    await open();
    await page.clock.install();
    await page.goto('/sign-in');
    await signInButton().click();
    await page.waitForURL('**/counter');
    const before = JSON.parse((await storedSession())!) as { session: { token: string }; receivedAt: number };

    await page.keyboard.press('Tab');
    const refreshed = page.waitForRequest(
      (r) => r.url() === `${provider.issuer}/token` && r.method() === 'POST' && (r.postData() ?? '').includes('grant_type=refresh_token'),
    );
    await page.clock.fastForward('26:00');
    await refreshed;
    await page.waitForFunction((t) => JSON.parse(sessionStorage.getItem('ow.session') ?? '{}').receivedAt > t, before.receivedAt);
    const after = JSON.parse((await storedSession())!) as { session: { token: string } };
    expect(after.session.token).not.toBe(before.session.token);
    expect(new URL(page.url()).pathname).toBe('/counter');
  });

  it('signs out of the provider too, and comes back to the home page signed out', async () => {
    await open();
    await page.goto('/sign-in');
    await signInButton().click();
    await page.waitForURL('**/counter');
    const token = (JSON.parse((await storedSession())!) as { session: { token: string } }).session.token;

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${e2e.url}/`);
    await expect(storedSession()).resolves.toBeNull();
    expect(provider.requestsTo('/logout').at(-1)!.params).toEqual({
      client_id: CLIENT_ID,
      id_token_hint: token,
      post_logout_redirect_uri: `${e2e.url}/`,
    });
  });
});
