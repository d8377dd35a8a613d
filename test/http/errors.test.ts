import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.js';

describe('HTTP API skeleton', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });

  it('answers health with a request id', async () => {
    const res = await t.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.headers.get('x-request-id')).toMatch(/.{8,}/);
  });

  it('keeps a caller-supplied request id', async () => {
    const res = await t.call('GET', '/api/health', { headers: { 'x-request-id': 'req-abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('req-abc-123');
  });

  it.each([
    ['zh-CN', undefined, '用户名'],
    ['en', 'en-GB,en;q=0.8', 'username'],
  ])('names each invalid field in %s', async (_lang, acceptLanguage, word) => {
    const res = await t.call('POST', '/api/auth/local/login', {
      body: { username: '', password: 42 },
      headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.requestId).toBeTruthy();
    const paths = res.body.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['password', 'username']);
    expect(JSON.stringify(res.body)).not.toContain('\\u0000');
    if (word === 'username') expect(res.body.message).toMatch(/not valid/);
    else expect(res.body.message).toMatch(/有误/);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await t.app.request('/api/auth/local/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
  });

  it('answers an unknown route with the JSON error shape', async () => {
    const res = await t.call('GET', '/api/no-such-thing?lang=en');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: 'No such endpoint: /api/no-such-thing' });
  });

  it('publishes an OpenAPI 3.1 document built from the zod schemas', async () => {
    const res = await t.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.paths['/api/auth/local/login'].post.requestBody.content['application/json'].schema).toBeTruthy();
    expect(res.body.components.schemas.Error.properties.issues).toBeTruthy();
  });
});
