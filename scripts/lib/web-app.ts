import type { Hono, MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { WEB_CACHE_CONTROL } from '../../functions/http/security-headers.js';

/**
 * Serves the built web app (dist/web, see vite.config.ts) on `app`, as CloudFront does in AWS:
 * each file in the precompressed form the browser accepts (`.br`, else `.gz`, else as built);
 * hashed assets with a year-long immutable cache; every other GET the app shell (index.html),
 * revalidated on each use. A missing asset is a 404, never the shell: a page still asking for an
 * old chunk fails loudly (the app shows its reload page) and nothing wrong is cached for a year.
 * Register it after the API's routes: it answers every GET they leave.
 */
export function serveWebApp(app: Hono, webDir: string): void {
  app.use('/assets/*', cachedFor(WEB_CACHE_CONTROL.asset), serveStatic({ root: webDir, precompressed: true }));
  app.get('/assets/*', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.text('Not found', 404);
  });
  app.use('*', cachedFor(WEB_CACHE_CONTROL.shell), serveStatic({ root: webDir, precompressed: true }));
  // Single-page app: every other GET gets the app shell, and the router takes over.
  app.get('*', serveStatic({ root: webDir, path: 'index.html', precompressed: true }));
}

/** Sets the cache policy on a file found (not on a 404); the same URL has a brotli, a gzip and a plain form, so caches key on Accept-Encoding. */
function cachedFor(policy: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.ok) return;
    c.res.headers.set('Cache-Control', policy);
    if (!c.res.headers.has('Vary')) c.res.headers.set('Vary', 'Accept-Encoding');
  };
}
