import { describe, expect, it } from 'vitest';
import { parseAuthConfig } from '../../../web/src/api/sign-in-options.js';

describe('parseAuthConfig', () => {
  it.each([
    ['local mode', { mode: 'local', extra: 1 }, { mode: 'local' }],
    [
      'an OIDC client with everything',
      { mode: 'oidc', issuer: 'https://idp', clientId: 'web', scopes: ['openid', 'email'], logoutUrl: 'https://idp/logout', providerName: '浙里办' },
      { mode: 'oidc', issuer: 'https://idp', clientId: 'web', scopes: ['openid', 'email'], logoutUrl: 'https://idp/logout', providerName: '浙里办' },
    ],
    [
      'scopes without openid (it is always asked for)',
      { mode: 'oidc', issuer: 'https://idp', clientId: 'web', scopes: ['email'] },
      { mode: 'oidc', issuer: 'https://idp', clientId: 'web', scopes: ['openid', 'email'] },
    ],
  ])('reads %s', (_case, body, expected) => {
    expect(parseAuthConfig(body)).toEqual(expected);
  });

  it.each([
    ['nothing', undefined],
    ['an unknown mode', { mode: 'saml' }],
    ['OIDC without a client id', { mode: 'oidc', issuer: 'https://idp', scopes: [] }],
    ['OIDC without an issuer', { mode: 'oidc', clientId: 'web' }],
  ])('refuses %s', (_case, body) => {
    expect(parseAuthConfig(body)).toBeNull();
  });
});
