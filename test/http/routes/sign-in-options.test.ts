import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDeps } from '../../../functions/compose.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../functions/demo/accounts.js';
import { createApp } from '../../../functions/http/app.js';
import type { OidcSignInSettings } from '../../../functions/http/auth/sign-in-settings.js';
import { createTokenVerifier } from '../../../functions/http/auth/token-verifier.js';
import { silentLogger } from '../../../functions/http/logger.js';
import { createTestTable } from '../../support/dynamo.js';
import { createTestApp } from '../../support/test-app.js';

const COGNITO: OidcSignInSettings = {
  issuer: 'https://cognito-idp.cn-north-1.amazonaws.com/cn-north-1_Example',
  clientId: 'web-client-1',
  scopes: ['openid', 'profile', 'email'],
  logoutUrl: 'https://intake.auth.cn-north-1.amazoncognito.com/logout?client_id=web-client-1&logout_uri=https://intake.example.cn/',
};

/** The app as the Lambda entry builds it: no local issuer; `signIn` as its environment gives it. */
async function deployedApp(signIn?: OidcSignInSettings) {
  const { db, tableName } = await createTestTable('sign-in-options');
  const verifier = createTokenVerifier({ issuer: COGNITO.issuer, audiences: [COGNITO.clientId], keys: new URL(`${COGNITO.issuer}/jwks`) });
  const files = { kind: 'local' as const, dir: mkdtempSync(join(tmpdir(), 'sign-in-options-')), secret: 'test' };
  return createApp(composeDeps({ db, tableName, verifier, logger: silentLogger, files, seal: { kind: 'kms', keys: {} }, ...(signIn ? { signIn } : {}) }));
}

const get = async (app: Awaited<ReturnType<typeof deployedApp>>, path: string, lang = 'zh-CN') => {
  const response = await app.request(path, { headers: { 'accept-language': lang } });
  return { status: response.status, body: (await response.json()) as any };
};

// The embedded default with its demo data; seeding takes a while, so one app for the file.
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});

describe('GET /api/auth/config', () => {
  it('says "local" when the embedded default signs people in itself', async () => {
    const res = await t.call('GET', '/api/auth/config');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ mode: 'local' });
  });

  it('gives the OIDC provider and public client when deployed, without a token', async () => {
    const app = await deployedApp(COGNITO);
    const res = await get(app, '/api/auth/config');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ mode: 'oidc', ...COGNITO });
  });

  it('leaves out what is not configured (no logout page, no provider name)', async () => {
    const app = await deployedApp({ issuer: 'https://login.example.gov.cn/realms/county', clientId: 'one-window-web', scopes: ['openid'] });
    const res = await get(app, '/api/auth/config');
    expect(res.body).toEqual({ mode: 'oidc', issuer: 'https://login.example.gov.cn/realms/county', clientId: 'one-window-web', scopes: ['openid'] });
  });

  it.each([
    ['zh-CN', '系统尚未配置登录方式，请联系管理员。'],
    ['en', 'Sign-in is not configured on this server. Please contact the administrator.'],
  ])('answers 404 SIGN_IN_NOT_CONFIGURED in %s when there is neither', async (lang, message) => {
    const app = await deployedApp();
    const res = await get(app, '/api/auth/config', lang);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'SIGN_IN_NOT_CONFIGURED', message });
  });
});

describe('GET /api/auth/local/demo-accounts', () => {
  it('lists every demo account with role, name and place, and the one demo password', async () => {
    const res = await t.call('GET', '/api/auth/local/demo-accounts');
    expect(res.status).toBe(200);
    expect(res.body.password).toBe(DEMO_PASSWORD);
    expect(res.body.accounts.map((a: { username: string }) => a.username)).toEqual(DEMO_ACCOUNTS.map((a) => a.username));
    expect(res.body.accounts.find((a: { username: string }) => a.username === 'clerk')).toEqual({
      username: 'clerk',
      role: 'clerk',
      name: '陈静',
      townshipId: 'qingshi',
      countyId: DEMO_ACCOUNTS.find((a) => a.username === 'clerk')!.countyId,
    });
    // Reference data only: no user ids or office ids leave the server.
    expect(JSON.stringify(res.body)).not.toMatch(/userId|officeId|u-clerk-qs/);
  });

  it('is a password that signs the listed accounts in', async () => {
    const { body } = await t.call('GET', '/api/auth/local/demo-accounts');
    const login = await t.call('POST', '/api/auth/local/login', { body: { username: body.accounts[0].username, password: body.password } });
    expect(login.status).toBe(200);
  });

  it('does not exist without the local issuer, nor does local sign-in', async () => {
    const app = await deployedApp(COGNITO);
    for (const path of ['/api/auth/local/demo-accounts', '/api/openapi.json']) {
      const res = await get(app, path);
      if (path.endsWith('openapi.json')) {
        expect(Object.keys(res.body.paths)).toContain('/api/auth/config');
        expect(Object.keys(res.body.paths).filter((p) => p.startsWith('/api/auth/local'))).toEqual([]);
      } else {
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('ROUTE_NOT_FOUND');
      }
    }
    const login = await app.request('/api/auth/local/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(login.status).toBe(404);
  });
});
