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
 * the address's key before the route runs; too early → 429 with Retry-After. An answer that is
 * not a failed guess (anything but `failureStatus`) gives the attempt back. Refusals are logged.
 */
export function limitAttempts(
  limiter: AttemptLimiter,
  now: () => Date,
  options: { name: string; failureStatus: number; subject: (c: Context<AppEnv>) => Promise<string | undefined> },
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const subject = await options.subject(c);
    const keys: AttemptKey[] = [
      { scope: `${options.name}-address`, id: clientAddress(c), free: ADDRESS_FREE_ATTEMPTS, resetOnSuccess: false },
      ...(subject ? [{ scope: `${options.name}-subject`, id: subject, free: SUBJECT_FREE_ATTEMPTS, resetOnSuccess: true }] : []),
    ];
    const decision = await limiter.attempt(keys, now());
    if (!decision.allowed) {
      c.get('logger').warn('attempts throttled', { endpoint: options.name, retryAfterSeconds: decision.retryAfterSeconds });
      throw new TooManyAttemptsError(decision.retryAfterSeconds);
    }
    await next();
    if (c.res.status !== options.failureStatus) await limiter.succeeded(keys, now());
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
