import { decodeJwt } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION_MAX_SECONDS } from '../../../functions/adapters/local/local-issuer.js';
import { DEMO_PASSWORD } from '../../../functions/demo/accounts.js';
import { createTestApp } from '../../support/test-app.js';

/** Issue 10, finding 6: refresh renewed any valid token without limit, so staff sessions never hard-expired. */
describe('absolute session lifetimes', () => {
  // The server's clock runs `ahead` seconds in front of the real one (tokens are checked against the real one).
  let ahead = 0;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ now: () => new Date(Date.now() + ahead * 1000) });
  });
  const refresh = (token: string, lang = 'en') =>
    t.app.request(`/api/auth/local/refresh?lang=${lang}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const signIn = async (username: string) => {
    ahead = 0;
    const res = await t.call('POST', '/api/auth/local/login', { body: { username, password: DEMO_PASSWORD } });
    expect(res.status).toBe(200);
    return res.body.token as string;
  };

  it('a sign-in stamps auth_time; a renewal carries it on instead of starting over', async () => {
    const token = await signIn('clerk');
    const first = decodeJwt(token);
    expect(first.auth_time).toBe(first.iat);
    ahead = 20 * 60;
    const renewed = await refresh(token);
    expect(renewed.status).toBe(200);
    const claims = decodeJwt(((await renewed.json()) as { token: string }).token);
    expect(claims.auth_time).toBe(first.auth_time);
    expect(claims.iat).toBeGreaterThan(first.iat!);
  });

  it('a staff session renewed for 12 h ends: the last token expires at the limit, then refresh answers 401 in both languages', async () => {
    const token = await signIn('clerk');
    const authTime = decodeJwt(token).auth_time as number;
    ahead = SESSION_MAX_SECONDS.staff - 60;
    const nearEnd = await refresh(token);
    expect(nearEnd.status).toBe(200);
    const last = (await nearEnd.json()) as { token: string; expiresAt: string };
    expect(decodeJwt(last.token).exp).toBe(authTime + SESSION_MAX_SECONDS.staff);
    expect(Date.parse(last.expiresAt) / 1000).toBe(authTime + SESSION_MAX_SECONDS.staff);

    ahead = SESSION_MAX_SECONDS.staff + 1;
    for (const [lang, text] of [
      ['en', 'longest time allowed'],
      ['zh-CN', '请重新登录'],
    ] as const) {
      const res = await refresh(token, lang);
      expect(res.status).toBe(401);
      const body = (await res.json()) as { code: string; message: string };
      expect(body.code).toBe('SESSION_LIMIT_REACHED');
      expect(body.message).toContain(text);
    }
  });

  it('residents are bounded too (24 h): a 13-hour-old resident session still renews, a 24-hour-old one does not', async () => {
    const token = await signIn('resident');
    ahead = 13 * 3600;
    expect((await refresh(token)).status).toBe(200);
    ahead = SESSION_MAX_SECONDS.resident + 1;
    expect((await refresh(token)).status).toBe(401);
  });
});
