import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../functions/http/security-headers.js';
import { serveWebApp } from '../../scripts/lib/web-app.js';

/**
 * Issue 12: the local server sends the web app compressed (the form the browser accepts, made at
 * build time) with a year-long immutable cache on hashed assets and a revalidated shell, keeping
 * the security headers. Over a build folder made here, laid out as `vite build` lays out dist/web.
 */
describe('the local server’s web app: compression and caching', () => {
  let dir: string;
  let app: Hono;
  const script = `export const strings = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `一窗受理 message ${i}`))};\n`;
  const shell = '<!doctype html><html lang="zh-CN"><title>一窗受理</title><script type="module" src="/assets/index-3f2a9c.js"></script></html>';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'web-app-'));
    mkdirSync(join(dir, 'assets'));
    for (const [name, text] of [
      ['assets/index-3f2a9c.js', script],
      ['index.html', shell],
    ] as const) {
      writeFileSync(join(dir, name), text);
      writeFileSync(join(dir, `${name}.br`), brotliCompressSync(text));
      writeFileSync(join(dir, `${name}.gz`), gzipSync(text));
    }
    writeFileSync(join(dir, 'assets/logo-77aa01.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    app = new Hono();
    app.use('*', securityHeaders());
    app.get('/api/health', (c) => c.json({ ok: true }));
    serveWebApp(app, dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (path: string, acceptEncoding?: string) => app.request(path, acceptEncoding ? { headers: { 'accept-encoding': acceptEncoding } } : {});
  const body = async (res: Response) => {
    const bytes = Buffer.from(await res.arrayBuffer());
    const encoding = res.headers.get('content-encoding');
    return (encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');
  };

  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    [undefined, null],
  ])('sends a hashed asset to a browser accepting %s as %s, immutable for a year', async (accept, encoding) => {
    const res = await get('/assets/index-3f2a9c.js', accept);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(await body(res)).toBe(script);
    if (encoding) expect(Number(res.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(script) / 3);
    // The security headers stay on every file.
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends an asset that has no compressed form (an image) as it is, still immutable', async () => {
    const res = await get('/assets/logo-77aa01.png', 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/', '/index.html', '/resident', '/counter/cases/2026-0001'])('sends the shell for %s compressed and revalidated on each use', async (path) => {
    const res = await get(path, 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await body(res)).toBe(shell);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers a missing asset with a 404, not the shell, and lets nobody keep it', async () => {
    const res = await get('/assets/index-0ld0ld.js', 'br');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toMatch(/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('leaves the API to its own routes', async () => {
    const res = await get('/api/health', 'br');
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('cache-control')).toBeNull();
  });
});
