import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../functions/demo/accounts.js';
import { ApiError, NETWORK_ERROR } from '../../../web/src/api/api-error.js';
import { fetchMe, refreshLocal, signInLocal } from '../../../web/src/api/auth.js';
import { createApiClient, type ApiClient } from '../../../web/src/api/client.js';
import { errorText } from '../../../web/src/api/error-text.js';
import { coreZhCN as zhCN } from '../../../web/src/i18n/messages/core.zh-CN.js';
import { createTestApp } from '../../support/test-app.js';
import { translateAll } from '../../support/web-messages.js';

const t = translateAll();

// The web client against the real API app (in process, over DynamoDB Local with the demo data).
describe('web API client', () => {
  let app: Awaited<ReturnType<typeof createTestApp>>['app'];
  beforeAll(async () => {
    ({ app } = await createTestApp());
  });

  const client = (state: { token?: string; lang?: string; ended?: ApiError[] } = {}): ApiClient =>
    createApiClient({
      token: () => state.token,
      lang: () => state.lang ?? 'zh-CN',
      onSessionEnded: (error) => state.ended?.push(error),
      fetch: (input, init) => Promise.resolve(app.request(String(input), init)),
    });

  it('signs in, sends the bearer token, and refreshes it', async () => {
    const state: { token?: string } = {};
    const api = client(state);
    const session = await signInLocal(api, 'clerk', DEMO_PASSWORD);
    expect(session.user).toMatchObject({ role: 'clerk', workspace: 'counter', townshipId: 'qingshi' });
    state.token = session.token;
    await expect(fetchMe(api)).resolves.toMatchObject({ userId: 'u-clerk-qs' });
    await expect(refreshLocal(api)).resolves.toMatchObject({ user: { userId: 'u-clerk-qs' } });
  });

  it.each([
    ['zh-CN', '用户名或密码错误。'],
    ['en', 'Wrong username or password.'],
  ])('turns a refusal into an ApiError in the asked language (%s)', async (lang, message) => {
    const error = await signInLocal(client({ lang }), 'clerk', 'nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', message });
    expect((error as ApiError).requestId).toBeTruthy();
  });

  it('carries the field issues of a 400', async () => {
    const error = (await signInLocal(client(), '', DEMO_PASSWORD).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(400);
    expect(error.issues.map((i) => i.path)).toContain('username');
  });

  it('reports an ended session once the server refuses the token, and not for anonymous calls', async () => {
    const ended: ApiError[] = [];
    await expect(fetchMe(client({ token: 'not-a-token', ended }))).rejects.toMatchObject({ status: 401 });
    expect(ended).toHaveLength(1);
    await expect(fetchMe(client({ ended }))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(ended).toHaveLength(1);
  });

  it('names a network failure, and explains an endpoint that does not exist yet in plain words', async () => {
    const offline = createApiClient({ token: () => undefined, lang: () => 'zh-CN', fetch: () => Promise.reject(new TypeError('fetch failed')) });
    const network = await offline.get('/api/health').catch((e: unknown) => e);
    expect(network).toMatchObject({ status: 0, code: NETWORK_ERROR });
    expect(errorText(network, t)).toBe(zhCN['api.network']);

    const missing = await client()
      .get('/api/no-such-thing')
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 404, code: 'ROUTE_NOT_FOUND' });
    expect(errorText(missing, t)).toBe(zhCN['api.unavailable']);
  });
});
