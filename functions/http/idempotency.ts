import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ConflictError, ValidationError } from '../core/errors.js';
import type { IdempotencyStore } from '../ports/idempotency-store.js';
import type { AppEnv } from './app-env.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/** How long a copy of a request still running waits for its answer (polling with a growing pause) before it is told to retry. */
const WAIT_MS = 5000;
const FIRST_POLL_MS = 25;
const MAX_POLL_MS = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes writes safe to retry: under an `Idempotency-Key` header a request runs once per caller
 * and key; a retry with the same body gets the stored answer, the same key with another body
 * is refused with 409. A copy sent while the first is still running waits for its answer (a
 * double click, a client's retry on a timeout) and gets the same answer; after `waitMs` it gets
 * 409 IDEMPOTENCY_IN_PROGRESS with Retry-After. Unexpected failures (5xx) and "busy, retry later"
 * answers (429) free the key so the retry runs again.
 */
export function idempotency(store: IdempotencyStore, now: () => Date, options: { waitMs?: number } = {}): MiddlewareHandler<AppEnv> {
  const waitMs = options.waitMs ?? WAIT_MS;
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (!key || !WRITE_METHODS.has(c.req.method)) return next();
    if (!KEY_PATTERN.test(key)) {
      throw new ValidationError([{ path: 'header.Idempotency-Key', message: 'idempotency.key.format' }]);
    }
    const callerId = c.get('principal')?.userId ?? 'anonymous';
    const body = await c.req.text();
    const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
    let claim = await store.begin(callerId, key, requestHash, now());
    const started = Date.now();
    for (let pause = FIRST_POLL_MS; claim.state === 'in_progress' && Date.now() - started < waitMs; pause = Math.min(pause * 2, MAX_POLL_MS)) {
      await sleep(pause);
      // Retaken if the first copy failed and freed the key meanwhile: then this copy runs the request.
      claim = await store.begin(callerId, key, requestHash, now());
    }
    if (claim.state === 'mismatch') throw new ConflictError('idempotency key reused', 'IDEMPOTENCY_KEY_REUSED');
    if (claim.state === 'in_progress') {
      c.header('retry-after', '1');
      throw new ConflictError('same request in progress', 'IDEMPOTENCY_IN_PROGRESS');
    }
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
    if (c.res.status >= 500 || c.res.status === 429) {
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
