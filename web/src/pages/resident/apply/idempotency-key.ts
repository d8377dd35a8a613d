import { ApiError } from '../../../api/api-error.js';

/** A fresh Idempotency-Key (the API takes 8–128 of [A-Za-z0-9._:-]). */
export function newIdempotencyKey(prefix = 'apply'): string {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${random}`;
}

/**
 * Whether a failed submission must use a new key next time. The server keeps its answer to a
 * key, refusals (4xx) included, and refuses the same key with another body: after a refusal
 * the applicant fixes something and that is a new request. A failure that may not have
 * reached the server (offline, a 5xx, "still in progress") keeps the key, so the retry finds
 * the case the first try may have created instead of making a second one.
 */
export function needsNewKey(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 0 || error.status >= 500) return false;
  if (error.code === 'IDEMPOTENCY_IN_PROGRESS') return false;
  return error.status >= 400 && error.status < 500;
}
