import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { ConflictError, ValidationError } from '../core/errors.js';
import type { IdempotencyBegin, IdempotencyClaim, IdempotencyStore, StoredResponse } from '../ports/idempotency-store.js';
import type { AppEnv } from './app-env.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;
/** Submissions and steps on a case: their one case write carries the idempotency record (issue 12). */
const CASE_WRITE = /^\/api\/cases(\/[^/]+\/[a-z-]+)?$/;

const answerOf = async (res: Response): Promise<StoredResponse> => {
  const copy = res.clone();
  return { status: copy.status, contentType: copy.headers.get('content-type') ?? 'application/json', body: await copy.text() };
};

function settle(claim: IdempotencyBegin): Response | undefined {
  if (claim.state === 'mismatch') throw new ConflictError('idempotency key reused', 'IDEMPOTENCY_KEY_REUSED');
  if (claim.state === 'in_progress') throw new ConflictError('same request in progress', 'IDEMPOTENCY_IN_PROGRESS');
  if (claim.state === 'replay') {
    const { status, contentType, body: stored } = claim.response;
    return new Response(stored, { status, headers: { 'content-type': contentType, 'idempotency-replayed': 'true' } });
  }
  return undefined;
}

/**
 * Makes writes safe to retry: under an `Idempotency-Key` header a request runs once per caller
 * and key; a retry with the same body gets the stored answer, the same key with another body
 * is refused with 409. Unexpected failures (5xx) free the key so the retry runs again.
 *
 * Case writes cost one read here and nothing more: the record goes, done, into the case write's
 * own transaction (a twin running at the same time fails there with 409 IDEMPOTENCY_IN_PROGRESS);
 * a refusal is kept by one put afterwards. Other writes claim the key first and complete it after.
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
    if (c.req.method === 'POST' && CASE_WRITE.test(c.req.path)) return caseWrite(c, next, store, { callerId, key, requestHash, now: now() });

    const replay = settle(await store.begin(callerId, key, requestHash, now()));
    if (replay) return replay;
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
    await store.complete(callerId, key, await answerOf(c.res), now());
  };
}

async function caseWrite(c: Context<AppEnv>, next: () => Promise<void>, store: IdempotencyStore, claim: IdempotencyClaim) {
  const replay = settle(await store.peek(claim));
  if (replay) return replay;
  const carried = await store.carry(claim, next);
  if (c.res.status >= 500) {
    if (carried) await store.release(claim.callerId, claim.key);
    return;
  }
  const answer = await answerOf(c.res);
  if (!carried) return store.keep(claim, answer);
  // The transaction kept `{ case }` as the route answers; should the answer differ, keep the real one.
  if (carried.status !== answer.status || carried.body !== answer.body || carried.contentType !== answer.contentType) {
    await store.keep(claim, answer, { replace: true });
  }
}
