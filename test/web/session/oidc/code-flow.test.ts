import { decodeJwt } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { AUTH_CALLBACK_PATH as INFRA_CALLBACK_PATH } from '../../../../infra/lib/constructs/staff-directory.js';
import type { OidcConfig } from '../../../../web/src/api/sign-in-options.js';
import { authorizationUrl, completeSignIn, refreshProviderTokens, type CodeFlowEnv } from '../../../../web/src/session/oidc/code-flow.js';
import { discover } from '../../../../web/src/session/oidc/discovery.js';
import { OidcSignInError } from '../../../../web/src/session/oidc/errors.js';
import { AUTH_CALLBACK_PATH } from '../../../../web/src/session/paths.js';
import { createFakeOidcProvider, type FakeOidcProvider } from '../../../support/fake-oidc-provider.js';
import { MemoryStorage } from '../../../support/memory-storage.js';

const ORIGIN = 'http://localhost:4321';
const ISSUER = 'http://127.0.0.1:9';
const CLERK = { sub: 'u-clerk-qs', name: '陈静', 'cognito:groups': ['clerk'], 'custom:township': 'qingshi' };

let provider: FakeOidcProvider;
let env: CodeFlowEnv & { storage: MemoryStorage };
let config: OidcConfig;

beforeEach(async () => {
  provider = await createFakeOidcProvider({ issuer: ISSUER, clientId: 'web', user: CLERK, redirectUris: [`${ORIGIN}/auth/callback`] });
  env = { storage: new MemoryStorage(), origin: ORIGIN, fetch: provider.fetch };
  config = { mode: 'oidc', issuer: ISSUER, clientId: 'web', scopes: ['openid', 'profile', 'email'] };
});

/** What the browser does between the two halves: visit the provider, come back to the callback. */
async function visitProvider(url: URL): Promise<URL> {
  const response = await provider.fetch(url.href);
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location')!);
}

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OidcSignInError);
  return error as OidcSignInError;
};

describe('authorization code flow with PKCE', () => {
  it('uses the callback path the Cognito client registers', () => {
    expect(AUTH_CALLBACK_PATH).toBe(INFRA_CALLBACK_PATH);
  });

  it('asks for a code with S256 PKCE, state, nonce and the scopes, at the discovered endpoint', async () => {
    const url = await authorizationUrl(config, '/counter', env);
    expect(`${url.origin}${url.pathname}`).toBe(`${ISSUER}/authorize`);
    const q = Object.fromEntries(url.searchParams);
    expect(q).toMatchObject({
      response_type: 'code',
      client_id: 'web',
      redirect_uri: `${ORIGIN}/auth/callback`,
      scope: 'openid profile email',
      code_challenge_method: 'S256',
    });
    expect(q.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.state).toBeTruthy();
    expect(q.nonce).toBeTruthy();
    expect(provider.requestsTo('/.well-known/openid-configuration')).toHaveLength(1);
  });

  it('exchanges the code with the verifier (no secret) and returns the ID token, its expiry, the refresh token and next', async () => {
    const callback = await visitProvider(await authorizationUrl(config, '/counter/cases/1', env));
    const before = Date.now();
    const result = await completeSignIn(config, callback, env);

    const claims = decodeJwt(result.idToken);
    expect(claims).toMatchObject({ iss: ISSUER, aud: 'web', sub: 'u-clerk-qs', 'custom:township': 'qingshi' });
    expect(result.expiresAt).toBe(new Date(claims.exp! * 1000).toISOString());
    expect(Date.parse(result.expiresAt) - before).toBeGreaterThan(29 * 60_000);
    expect(result.refreshToken).toBeTruthy();
    expect(result.next).toBe('/counter/cases/1');

    const [token] = provider.requestsTo('/token');
    expect(token!.params).toMatchObject({ grant_type: 'authorization_code', client_id: 'web', redirect_uri: `${ORIGIN}/auth/callback` });
    expect(token!.params.code_verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    expect(token!.params.client_secret).toBeUndefined();
    // The pending sign-in is spent.
    expect(env.storage.length).toBe(0);
  });

  it('goes nowhere in particular when no next was given', async () => {
    const result = await completeSignIn(config, await visitProvider(await authorizationUrl(config, undefined, env)), env);
    expect(result.next).toBeUndefined();
  });

  it('refuses a tampered state before calling the token endpoint, and spends the pending sign-in', async () => {
    const callback = await visitProvider(await authorizationUrl(config, '/counter', env));
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const error = await rejection(completeSignIn(config, callback, env));
    expect(error.reason).toBe('state-mismatch');
    expect(provider.requestsTo('/token')).toEqual([]);
    // The real answer cannot be used afterwards either.
    expect((await rejection(completeSignIn(config, callback, env))).reason).toBe('no-pending');
  });

  it.each([
    ['without a state', (u: URL) => u.searchParams.delete('state')],
    ['with the state of another sign-in', (u: URL) => u.searchParams.set('state', 'eyJpZCI6Im90aGVyIn0')],
  ])('refuses an answer %s', async (_case, tamper) => {
    const callback = await visitProvider(await authorizationUrl(config, undefined, env));
    tamper(callback);
    expect((await rejection(completeSignIn(config, callback, env))).reason).toBe('state-mismatch');
  });

  it('refuses an answer when this tab started no sign-in (a replayed or planted link)', async () => {
    const callback = await visitProvider(await authorizationUrl(config, undefined, env));
    const error = await rejection(completeSignIn(config, callback, { ...env, storage: new MemoryStorage() }));
    expect(error.reason).toBe('no-pending');
  });

  it('refuses an ID token whose nonce is not this sign-in’s', async () => {
    const callback = await visitProvider(await authorizationUrl(config, undefined, env));
    provider.mintNextTokenWithNonce('a-nonce-from-another-sign-in');
    expect((await rejection(completeSignIn(config, callback, env))).reason).toBe('nonce-mismatch');
  });

  it('reports the provider’s own refusal with its error code', async () => {
    const callback = await visitProvider(await authorizationUrl(config, undefined, env));
    callback.searchParams.delete('code');
    callback.searchParams.set('error', 'access_denied');
    const error = await rejection(completeSignIn(config, callback, env));
    expect([error.reason, error.detail]).toEqual(['provider-refused', 'access_denied']);
  });

  it('fails the exchange when the verifier is not the one the challenge was made from', async () => {
    const callback = await visitProvider(await authorizationUrl(config, undefined, env));
    const pending = JSON.parse(env.storage.getItem('ow.oidc.pending')!);
    env.storage.setItem('ow.oidc.pending', JSON.stringify({ ...pending, verifier: 'x'.repeat(43) }));
    expect((await rejection(completeSignIn(config, callback, env))).reason).toBe('token-exchange');
  });

  it('renews with the refresh token grant, and gets null once the provider refuses the refresh token', async () => {
    const first = await completeSignIn(config, await visitProvider(await authorizationUrl(config, undefined, env)), env);
    const renewed = await refreshProviderTokens(config, first.refreshToken!, env);
    expect(renewed?.idToken).not.toBe(first.idToken);
    expect(decodeJwt(renewed!.idToken).sub).toBe('u-clerk-qs');
    expect(renewed?.refreshToken).toBeTruthy();
    expect(provider.requestsTo('/token').at(-1)!.params).toMatchObject({ grant_type: 'refresh_token', client_id: 'web' });
    // The fake rotates refresh tokens: the first one is spent.
    await expect(refreshProviderTokens(config, first.refreshToken!, env)).resolves.toBeNull();
  });

  it('talks plain HTTP only to a provider on loopback', async () => {
    await expect(discover('http://idp.example.com/realms/county', { fetch: provider.fetch })).rejects.toThrow();
    expect(provider.requests).toEqual([]);
    await expect(discover(ISSUER, { fetch: provider.fetch })).resolves.toMatchObject({ issuer: ISSUER });
  });

  it('refuses a discovery document that names another issuer', async () => {
    await expect(discover('http://127.0.0.1:9/other', { fetch: provider.fetch })).rejects.toThrow();
  });
});
