import type { Context } from 'hono';

/**
 * The caller's network address as the server saw it: the socket's peer under @hono/node-server,
 * API Gateway's `sourceIp` in Lambda. Forwarded-for headers are not trusted (anyone can write
 * them). Behind CloudFront, `sourceIp` is the edge's address: there the per-address limit is
 * coarse, and AWS WAF's rate-based rules on the distribution limit real viewer addresses.
 */
export function clientAddress(c: Context): string {
  const env = (c.env ?? {}) as {
    incoming?: { socket?: { remoteAddress?: string } };
    event?: { requestContext?: { http?: { sourceIp?: string } } };
    requestContext?: { http?: { sourceIp?: string } };
  };
  return env.incoming?.socket?.remoteAddress ?? env.event?.requestContext?.http?.sourceIp ?? env.requestContext?.http?.sourceIp ?? 'unknown';
}
