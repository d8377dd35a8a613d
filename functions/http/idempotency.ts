import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { ConflictError, ValidationError } from '../core/errors.js';
import type { IdempotencyBegin, IdempotencyClaim, IdempotencyStore, StoredResponse } from '../ports/idempotency-store.js';
import type { AppEnv } from './app-env.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;
/** Submissions and steps on a case: their one case write carries the idempotency record (issue 12). */
const CASE_WRITE = /^\/api\/cases(\/[^/]+\/[a-z-]+)?$/;
/**
 * Writes that are safe to repeat by themselves and are made without an account: a key would be
 * shared by every anonymous caller, and the answer (a decision) kept for nothing. The key is ignored.
 */
const KEYLESS_WRITES = new Set(['/api/cases/lookup/decision']);

/** How long a copy of a request still running waits for its answer (polling with a growing pause) before it is told to retry. */
const WAIT_MS = 5000;
const FIRST_POLL_MS = 25;
const MAX_POLL_MS = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const answerOf = async (res: Response): Promise<StoredResponse> => {
  const copy = res.clone();
  return { status: copy.status, contentType: copy.headers.get('content-type') ?? 'application/json', body: await copy.text() };
};

/** Answers that free the key instead of being kept: unexpected failures and "busy, retry later". */
const isRetryable = (status: number) => status >= 500 || status === 429;

function replayOf(claim: IdempotencyBegin): Response | undefined {
  if (claim.state === 'mismatch') throw new ConflictError('idempotency key reused', 'IDEMPOTENCY_KEY_REUSED');
  if (claim.state !== 'replay') return undefined;
  const { status, contentType, body: stored } = claim.response;
  return new Response(stored, { status, headers: { 'content-type': contentType, 'idempotency-replayed': 'true' } });
}

/** Asks `look` again with a growing pause while the twin still runs, up to `waitMs`. */
async function waitWhileInProgress(look: () => Promise<IdempotencyBegin>, first: IdempotencyBegin, waitMs: number): Promise<IdempotencyBegin> {
  let claim = first;
  const started = Date.now();
  for (let pause = FIRST_POLL_MS; claim.state === 'in_progress' && Date.now() - started < waitMs; pause = Math.min(pause * 2, MAX_POLL_MS)) {
    await sleep(pause);
    claim = await look();
  }
  return claim;
}

function inProgress(c: Context<AppEnv>): never {
  c.header('retry-after', '1');
  throw new ConflictError('same request in progress', 'IDEMPOTENCY_IN_PROGRESS');
}

/**
 * Makes writes safe to retry: under an `Idempotency-Key` header a request runs once per caller
 * and key; a retry with the same body gets the stored answer, the same key with another body
 * is refused with 409. A copy sent while the first is still running waits for its answer (a
 * double click, a client's retry on a timeout) and gets the same answer; after `waitMs` it gets
 * 409 IDEMPOTENCY_IN_PROGRESS with Retry-After. Unexpected failures (5xx) and "busy, retry later"
 * answers (429) free the key so the retry runs again.
 *
 * Case writes cost nothing here on the way in (a submission: one read): the record goes, done,
 * into the case write's own transaction (a twin running at the same time fails there, then waits
 * for the winner's answer); a refusal is kept by one put afterwards. Other writes claim the key first and complete it after.
 */
export function idempotency(store: IdempotencyStore, now: () => Date, options: { waitMs?: number } = {}): MiddlewareHandler<AppEnv> {
  const waitMs = options.waitMs ?? WAIT_MS;
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (!key || !WRITE_METHODS.has(c.req.method) || KEYLESS_WRITES.has(c.req.path)) return next();
    if (!KEY_PATTERN.test(key)) {
      throw new ValidationError([{ path: 'header.Idempotency-Key', message: 'idempotency.key.format' }]);
    }
    const callerId = c.get('principal')?.userId ?? 'anonymous';
    const body = await c.req.text();
    const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
    const claim: IdempotencyClaim = { callerId, key, requestHash, now: now() };
    if (c.req.method === 'POST' && CASE_WRITE.test(c.req.path)) return caseWrite(c, next, store, claim, waitMs);

    const begun = await waitWhileInProgress(() => store.begin(callerId, key, requestHash, now()), await store.begin(callerId, key, requestHash, now()), waitMs);
    const replay = replayOf(begun);
    if (replay) return replay;
    if (begun.state === 'in_progress') inProgress(c);
    try {
      await next();
    } catch (error) {
      await store.release(callerId, key);
      throw error;
    }
    // Errors thrown by handlers have already become responses by the time we get here.
    if (isRetryable(c.res.status)) {
      await store.release(callerId, key);
      return;
    }
    await store.complete(callerId, key, await answerOf(c.res), now());
  };
}

/**
 * A step on a case carries the version it was read at, so a retry of a step that went through is
 * refused by the step's own guard (the case has moved on) before it writes anything, and a twin is
 * refused by the transaction: either way the answer is a 409, and only then is the record read. A
 * submission carries no version: its record is read while it runs (beside its own reads), and it
 * draws its case number only once that read says the key is new, so a retry draws no other number.
 */
const isVersionedStep = (path: string, body: string) => {
  if (!/^\/api\/cases\/[^/]+\/[a-z-]+$/.test(path)) return false;
  try {
    return Number.isInteger((JSON.parse(body) as { version?: unknown } | null)?.version);
  } catch {
    return false;
  }
};

async function caseWrite(c: Context<AppEnv>, next: () => Promise<void>, store: IdempotencyStore, claim: IdempotencyClaim, waitMs: number) {
  const peeked = isVersionedStep(c.req.path, await c.req.text()) ? undefined : store.peek(claim);
  // A failed read surfaces where it is awaited (before the number is drawn, or on a refusal).
  peeked?.catch(() => undefined);
  const carried = await store.carry(claim, next, peeked ? { gate: peeked } : {});
  if (isRetryable(c.res.status)) {
    if (carried) await store.release(claim.callerId, claim.key);
    return;
  }
  const answer = await answerOf(c.res);
  if (!carried && answer.status !== 409) {
    // A refusal: an answer kept before under this key wins.
    const kept = replayOf(await (peeked ?? store.peek(claim)));
    if (kept) {
      c.res = kept;
      return;
    }
  }
  if (!carried && answer.status === 409) {
    // Lost to a twin (the same key, sent again while this one ran): its transaction carried the
    // record first, so its answer is this request's answer too.
    // After `next()` the answer is replaced through `c.res` (a returned Response would be ignored).
    const twin = replayOf(await store.peek(claim));
    if (twin) {
      c.res = twin;
      return;
    }
    if (answer.body.includes('"IDEMPOTENCY_IN_PROGRESS"')) {
      // The twin's transaction may still be on its way (two transactions on one item: both can be
      // cancelled, then one retried by the SDK), so "no record yet" counts as still running here.
      const look = async (): Promise<IdempotencyBegin> => {
        const seen = await store.peek(claim);
        return seen.state === 'new' ? { state: 'in_progress' } : seen;
      };
      const settled = replayOf(await waitWhileInProgress(look, { state: 'in_progress' }, waitMs));
      if (settled) {
        c.res = settled;
        return;
      }
      c.res.headers.set('retry-after', '1');
      return;
    }
  }
  if (!carried) return store.keep(claim, answer);
  // The transaction kept `{ case }` as the route answers; should the answer differ, keep the real one.
  if (carried.status !== answer.status || carried.body !== answer.body || carried.contentType !== answer.contentType) {
    await store.keep(claim, answer, { replace: true });
  }
}
