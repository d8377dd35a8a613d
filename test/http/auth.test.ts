import { SignJWT, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../functions/demo/accounts.js';
import { createTestApp } from '../support/test-app.js';

describe('sign-in and tokens', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });

  it('signs a demo clerk in and tells who they are', async () => {
    const login = await t.call('POST', '/api/auth/local/login', { body: { username: 'clerk', password: DEMO_PASSWORD } });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ role: 'clerk', townshipId: 'qingshi', workspace: 'counter' });
    const me = await t.app.request('/api/me', { headers: { authorization: `Bearer ${login.body.token}` } });
    expect(me.status).toBe(200);
    expect((await me.json()).userId).toBe('u-clerk-qs');
  });

  it('gives staff short-lived tokens and residents longer ones', async () => {
    const staff = await t.call('POST', '/api/auth/local/login', { body: { username: 'clerk', password: DEMO_PASSWORD } });
    const resident = await t.call('POST', '/api/auth/local/login', { body: { username: 'resident', password: DEMO_PASSWORD } });
    const minutesLeft = (iso: string) => (Date.parse(iso) - Date.now()) / 60_000;
    expect(minutesLeft(staff.body.expiresAt)).toBeLessThanOrEqual(30.5);
    expect(minutesLeft(resident.body.expiresAt)).toBeGreaterThan(60);
  });

  it('refuses a wrong password with 401 and a message', async () => {
    const res = await t.call('POST', '/api/auth/local/login', { body: { username: 'clerk', password: 'nope' } });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses /api/me without a token', async () => {
    const res = await t.call('GET', '/api/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed by another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(t.localIssuer.issuer)
      .setAudience(t.localIssuer.audience)
      .setSubject('u-admin')
      .setExpirationTime('10m')
      .sign(privateKey);
    const res = await t.app.request('/api/me', { headers: { authorization: `Bearer ${forged}` } });
    expect(res.status).toBe(401);
  });

  it('reports an expired token as TOKEN_EXPIRED', async () => {
    const past = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const { token } = await t.localIssuer.sign(t.principalOf('clerk'), past);
    const res = await t.app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('TOKEN_EXPIRED');
  });

  it('publishes the local issuer JWKS', async () => {
    const res = await t.call('GET', '/local-issuer/.well-known/jwks.json');
    expect(res.status).toBe(200);
    expect(res.body.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(res.body.keys[0].d).toBeUndefined();
  });
});
