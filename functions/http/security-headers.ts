import type { MiddlewareHandler } from 'hono';

/**
 * The content security policy of every page, asset and API answer: scripts and styles only from
 * our own origin (no inline script, no inline style attributes: Preact sets styles through the
 * CSSOM, the QR code is SVG markup with presentation attributes), images also as data:/blob:
 * (previews of files being uploaded), frames only of blob: URLs (the counter's in-page preview of an
 * uploaded PDF, fetched through its signed URL), nothing may frame us, no plugins, no <base> rewriting.
 * `connectSources` are the other origins the app's scripts call (the OIDC provider, the bucket
 * that takes uploads).
 */
export function contentSecurityPolicy(connectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    'frame-src blob:',
    ['connect-src', "'self'", ...connectSources].join(' '),
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** Referrer policy everywhere: full URL within the site, nothing to other sites (tracking URLs hold query codes). */
export const REFERRER_POLICY = 'same-origin';
/** HSTS lifetime in seconds (two years), subdomains included. */
export const HSTS_MAX_AGE = 730 * 24 * 3600;

/**
 * How long browsers keep the web app's files, the same from CloudFront and from `npm start`: files
 * under /assets/ have a content hash in their name (a new build gives new names), so they are kept
 * a year unasked; the app shell and other unhashed files are asked about again before each use, so
 * a new deploy is seen at once.
 */
export const WEB_CACHE_CONTROL = { asset: 'public, max-age=31536000, immutable', shell: 'no-cache' } as const;

/** Every header the middleware sets, by name; CloudFront's response-headers policy sets the same (infra/lib/constructs/web-site.ts). */
export function securityHeaderValues(connectSources: readonly string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(connectSources),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': REFERRER_POLICY,
    'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE}; includeSubDomains`,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Permitted-Cross-Domain-Policies': 'none',
    'Permissions-Policy': 'geolocation=(), microphone=(), payment=(), usb=()',
  };
}

/**
 * One middleware for every response (API answers, the web pages, static assets, errors). A header
 * the route set itself is kept: a file download carries its own, stricter `sandbox` CSP.
 */
export function securityHeaders(options: { connectSources?: readonly string[] } = {}): MiddlewareHandler {
  const values = Object.entries(securityHeaderValues(options.connectSources));
  return async (c, next) => {
    await next();
    for (const [name, value] of values) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
  };
}
