import type { AttemptAllowance, AttemptDecision } from '../core/throttle/attempt-policy.js';

/** One key attempts are counted under: what kind (`login-user`, `lookup-address`, …), whose, and how many go free. */
export interface AttemptKey extends AttemptAllowance {
  scope: string;
  id: string;
  /** Forget the count after a success (the username, the query code); an address only gets its attempt back. */
  resetOnSuccess: boolean;
}

/**
 * Counts attempts in shared storage (DynamoDB with TTL), so the limit holds across Lambda
 * instances. `attempt` counts one attempt under every key atomically and refuses it when any key
 * is over its allowance.
 */
export interface AttemptLimiter {
  attempt(keys: readonly AttemptKey[], now: Date): Promise<AttemptDecision>;
  /** The attempt succeeded (or was not a guess at all): reset or give back, per key. */
  succeeded(keys: readonly AttemptKey[], now: Date): Promise<void>;
}
