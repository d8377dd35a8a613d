import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ConflictError, ValidationError } from '../core/errors.js';
import type { IdempotencyStore } from '../ports/idempotency-store.js';
import type { AppEnv } from './app-env.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Makes writes safe to retry: under an `Idempotency-Key` header a request runs once per caller
 * and key; a retry with the same body gets the stored answer, the same key with another body
 * is refused with 409. Unexpected failures (5xx) free the key so the retry runs again.
 */
export function idempotency(store: IdempotencyStore, now: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (!key || !WRITE_METHODS.has(c.req.method)) return next();
    if (!KEY_PATTERN.test(key)) {
      throw new ValidationError([{ path: 'header.Idempotency-Key', message: 'idempotency.key.format' }]);
    }
    const callerId = c.get('principal')?.userId ?? 'anonymous';
    const body = await c.req.text();
    const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
    const claim = await store.begin(callerId, key, requestHash, now());
    if (claim.state === 'mismatch') throw new ConflictError('idempotency key reused', 'IDEMPOTENCY_KEY_REUSED');
    if (claim.state === 'in_progress') throw new ConflictError('same request in progress', 'IDEMPOTENCY_IN_PROGRESS');
    if (claim.state === 'replay') {
      const { status, contentType, body: stored } = claim.response;
      return new Response(stored, { status, headers: { 'content-type': contentType, 'idempotency-replayed': 'true' } });
    }
    try {
      await next();
    } catch (error) {
      await store.release(callerId, key);
      throw error;
    }
    // Errors thrown by handlers have already become responses by the time we get here.
    if (c.res.status >= 500) {
      await store.release(callerId, key);
      return;
    }
    const response = c.res.clone();
    await store.complete(
      callerId,
      key,
      { status: response.status, contentType: response.headers.get('content-type') ?? 'application/json', body: await response.text() },
      now(),
    );
  };
}
