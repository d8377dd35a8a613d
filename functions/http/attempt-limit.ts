import type { Context, MiddlewareHandler } from 'hono';
import { normaliseQueryCode } from '../core/case/case-identifiers.js';
import { TooManyAttemptsError } from '../core/errors.js';
import type { AttemptKey, AttemptLimiter } from '../ports/attempt-limiter.js';
import type { AppEnv } from './app-env.js';
import { clientAddress } from './client-address.js';

/** Attempts in a row before the delays start: per subject (a username, a query code), and per address (a shared counter PC, a village office). */
export const SUBJECT_FREE_ATTEMPTS = 5;
export const ADDRESS_FREE_ATTEMPTS = 20;

/**
 * Limits guesses at one endpoint: each request counts as an attempt under the subject's key and
 * the address's key; too early → 429 with Retry-After. The count is taken before any answer goes
 * out, so a burst of guesses all count. An answer that is not a failed guess (anything but
 * `failureStatus`) gives the attempt back; a route that knows it early calls `attemptNotAGuess`,
 * and the attempt is given back beside its remaining reads. Refusals are logged.
 *
 * `readOnly` (a route that changes nothing, like the progress lookup): the route runs while the
 * attempt is counted, and its answer is dropped for the 429 if the attempt is refused. Otherwise
 * the route runs only once the attempt is allowed.
 */
export function limitAttempts(
  limiter: AttemptLimiter,
  now: () => Date,
  options: { name: string; failureStatus: number; subject: (c: Context<AppEnv>) => Promise<string | undefined>; readOnly?: boolean },
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const subject = await options.subject(c);
    const keys: AttemptKey[] = [
      { scope: `${options.name}-address`, id: clientAddress(c), free: ADDRESS_FREE_ATTEMPTS, resetOnSuccess: false },
      ...(subject ? [{ scope: `${options.name}-subject`, id: subject, free: SUBJECT_FREE_ATTEMPTS, resetOnSuccess: true }] : []),
    ];
    const counted = limiter.attempt(keys, now());
    const refuseIfOver = (decision: Awaited<typeof counted>) => {
      if (decision.allowed) return;
      c.get('logger').warn('attempts throttled', { endpoint: options.name, retryAfterSeconds: decision.retryAfterSeconds });
      throw new TooManyAttemptsError(decision.retryAfterSeconds);
    };
    if (options.readOnly) counted.catch(() => undefined);
    else refuseIfOver(await counted);
    // Given back once, after the count is in (never before it, or the count would outlive the success).
    let givenBack: Promise<void> | undefined;
    const giveBack = () => (givenBack ??= counted.then((d) => (d.allowed ? limiter.succeeded(keys, now()) : undefined)));
    c.set('attemptNotAGuess', giveBack);
    await next();
    refuseIfOver(await counted);
    if (givenBack) await givenBack;
    else if (c.res.status !== options.failureStatus) await giveBack();
  };
}

/** The progress lookup's subject: the query code as the lookup normalises it. */
export const lookupSubject = async (c: Context<AppEnv>) => {
  const code = c.req.query('code');
  return code ? normaliseQueryCode(code) : undefined;
};

/** The same subject when the code comes in a JSON body (receiving the decision from the lookup page). */
export const lookupBodySubject = async (c: Context<AppEnv>) => {
  try {
    const body = (await c.req.json()) as { code?: unknown };
    return typeof body?.code === 'string' ? normaliseQueryCode(body.code) || undefined : undefined;
  } catch {
    return undefined;
  }
};

/** Local sign-in's subject: the username, case-insensitive as accounts are. */
export const loginSubject = async (c: Context<AppEnv>) => {
  try {
    const body = (await c.req.json()) as { username?: unknown };
    return typeof body?.username === 'string' ? body.username.trim().toLowerCase() || undefined : undefined;
  } catch {
    return undefined;
  }
};
