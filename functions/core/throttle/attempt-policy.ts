/**
 * Attempts at something guessable (a sign-in, a progress lookup) under one key — a username, a
 * query code, a client address. The first `free` attempts in a row go through; after that each
 * attempt must wait longer since the previous one: 1 s, 2 s, 4 s … up to 15 minutes. An attempt
 * made too early is refused and still counts, so hammering only lengthens the wait. A success
 * forgets the subject's count; a quiet hour forgets everything.
 */
export interface AttemptAllowance {
  /** Attempts allowed in a row before the delays start. */
  free: number;
}

export const MAX_DELAY_SECONDS = 15 * 60;
/** A key's count is forgotten this long after its last attempt (also the TTL of its record). */
export const ATTEMPT_WINDOW_SECONDS = 60 * 60;

/** Seconds that must pass before attempt number `n` (1-based) under an allowance. */
export function delayBefore(n: number, allowance: AttemptAllowance): number {
  const over = n - allowance.free;
  if (over <= 0) return 0;
  return Math.min(2 ** (over - 1), MAX_DELAY_SECONDS);
}

export type AttemptDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Decides attempt number `n` made at `nowMs`, the previous one having been at `previousAtMs`.
 * When refused, `retryAfterSeconds` is the wait before the next attempt (n + 1) may go through.
 */
export function decideAttempt(n: number, previousAtMs: number | undefined, nowMs: number, allowance: AttemptAllowance): AttemptDecision {
  const delay = delayBefore(n, allowance);
  if (delay === 0 || previousAtMs === undefined || nowMs - previousAtMs >= delay * 1000) return { allowed: true };
  return { allowed: false, retryAfterSeconds: delayBefore(n + 1, allowance) };
}
