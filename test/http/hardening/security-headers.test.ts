import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../functions/http/security-headers.js';
import { startLocalStack, type LocalStack } from '../../../scripts/lib/local-stack.js';
import { runDynamoEndpoint } from '../../support/run-services.js';

/** Issue 10, finding 5: no CSP, no X-Frame-Options, no nosniff on the pages and assets; no CSP on the API. */
describe('one security-headers middleware for every response of the local stack', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    const web = mkdtempSync(join(tmpdir(), 'web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>t</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(web, 'assets', 'app.css'), 'body{}');
    stack = await startLocalStack({
      port: 0,
      webDir: web,
      logLevel: 'silent',
      dynamoEndpoint: await runDynamoEndpoint(),
      tableName: `headers-${randomUUID().slice(0, 8)}`,
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it.each([
    ['GET', '/', 200],
    ['GET', '/counter/cases/x', 200],
    ['GET', '/assets/app.js', 200],
    ['GET', '/assets/app.css', 200],
    ['GET', '/api/health', 200],
    ['GET', '/api/openapi.json', 200],
    ['GET', '/api/no-such-route', 404],
    ['POST', '/api/cases', 400],
    ['GET', '/local-issuer/.well-known/openid-configuration', 200],
  ])('%s %s → %i carries the headers', async (method, path, status) => {
    const res = await fetch(`${stack.url}${path}`, { method });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+; includeSubDomains$/);
  });

  it('the policy forbids inline script, framing, plugins and <base> rewriting', () => {
    const directives = Object.fromEntries(
      contentSecurityPolicy(['https://idp.example'])
        .split('; ')
        .map((d) => [d.split(' ')[0], d]),
    );
    expect(directives['script-src']).toBe("script-src 'self'");
    expect(directives['frame-ancestors']).toBe("frame-ancestors 'none'");
    expect(directives['object-src']).toBe("object-src 'none'");
    // Only blob: documents the app made itself (the counter's PDF preview) may be framed in it.
    expect(directives['frame-src']).toBe('frame-src blob:');
    expect(directives['base-uri']).toBe("base-uri 'self'");
    expect(directives['connect-src']).toBe("connect-src 'self' https://idp.example");
  });
});
