import { describe, expect, it } from 'vitest';
import { parseApiEnv } from '../../../functions/config/api-env.js';
import { oidcSignInFromEnv } from '../../../functions/http/auth/sign-in-settings.js';

const BASE = { TABLE_NAME: 'intake', AUTH_ISSUER: 'https://idp.example.com/realms/county', MATERIALS_BUCKET: 'materials', SEAL_KEYS: '{}' };

describe('oidcSignInFromEnv', () => {
  it.each([
    [
      'the first audience as client id and the default scopes',
      { AUTH_AUDIENCE: 'web, counter' },
      { issuer: BASE.AUTH_ISSUER, clientId: 'web', scopes: ['openid', 'profile', 'email'] },
    ],
    [
      'an explicit client id, scopes, logout page and provider name',
      {
        AUTH_AUDIENCE: 'api',
        AUTH_CLIENT_ID: 'spa',
        AUTH_SCOPES: ' openid  profile ',
        AUTH_LOGOUT_URL: 'https://idp.example.com/logout?client_id=spa',
        AUTH_PROVIDER_NAME: '浙里办',
      },
      {
        issuer: BASE.AUTH_ISSUER,
        clientId: 'spa',
        scopes: ['openid', 'profile'],
        logoutUrl: 'https://idp.example.com/logout?client_id=spa',
        providerName: '浙里办',
      },
    ],
  ])('reads %s', (_name, env, expected) => {
    expect(oidcSignInFromEnv(parseApiEnv({ ...BASE, ...env }))).toEqual(expected);
  });

  it('refuses a logout URL that is not a URL', () => {
    expect(() => parseApiEnv({ ...BASE, AUTH_AUDIENCE: 'web', AUTH_LOGOUT_URL: 'not a url' })).toThrow(/AUTH_LOGOUT_URL/);
  });
});
