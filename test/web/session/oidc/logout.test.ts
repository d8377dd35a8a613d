import { describe, expect, it } from 'vitest';
import type { OidcConfig } from '../../../../web/src/api/sign-in-options.js';
import { providerLogoutUrl } from '../../../../web/src/session/oidc/logout.js';

const ISSUER = 'https://idp.example.com/realms/county';
const config: OidcConfig = { mode: 'oidc', issuer: ISSUER, clientId: 'web', scopes: ['openid'] };

/** A provider whose discovery document has (or lacks) an end_session_endpoint. */
const discoveryWith = (extra: Record<string, string>) =>
  (async () =>
    Response.json({ issuer: ISSUER, authorization_endpoint: `${ISSUER}/auth`, token_endpoint: `${ISSUER}/token`, ...extra })) as unknown as typeof fetch;

describe('providerLogoutUrl', () => {
  it('prefers the configured logout page (Cognito)', async () => {
    const logoutUrl = 'https://intake.auth.cn-north-1.amazoncognito.com/logout?client_id=web&logout_uri=https://intake.example.cn/';
    await expect(providerLogoutUrl({ ...config, logoutUrl }, 'id-token', 'https://intake.example.cn')).resolves.toBe(logoutUrl);
  });

  it('otherwise uses the end_session_endpoint, back to this site’s home page', async () => {
    const fetch = discoveryWith({ end_session_endpoint: `${ISSUER}/logout` });
    const url = new URL((await providerLogoutUrl(config, 'id-token', 'https://intake.example.cn', { fetch }))!);
    expect(`${url.origin}${url.pathname}`).toBe(`${ISSUER}/logout`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'web',
      id_token_hint: 'id-token',
      post_logout_redirect_uri: 'https://intake.example.cn/',
    });
  });

  it('knows none when the provider has no end_session_endpoint', async () => {
    await expect(providerLogoutUrl(config, 'id-token', 'https://intake.example.cn', { fetch: discoveryWith({}) })).resolves.toBeUndefined();
  });
});
