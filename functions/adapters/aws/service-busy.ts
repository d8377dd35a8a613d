import { ServiceBusyError } from '../../core/errors.js';

/** Error names (AWS SDK v3 `name`) of a service slowing callers down: the caller should back off (429). */
const THROTTLED = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'Throttling',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'ThrottledException',
  'TooManyRequestsException',
  'LimitExceededException',
  'SlowDown',
  'BandwidthLimitExceeded',
]);

/** Error names of a service briefly unable to answer, or of a write that lost to another in flight: retry soon (503). */
const UNAVAILABLE = new Set([
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TransactionConflictException',
  'TransactionInProgressException',
  'PriorRequestNotComplete',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);

/** Node's codes of a connection that failed or timed out on the way to the service. */
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** Cancellation reasons of a DynamoDB transaction that say "busy", not "your condition failed" or "your request is wrong". */
const THROTTLED_REASONS = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded', 'RequestLimitExceeded']);
const UNAVAILABLE_REASONS = new Set(['TransactionConflict']);

/** Seconds a client is told to wait: longer under throttling, so that the retries spread out. */
export const RETRY_AFTER_SECONDS = { throttled: 2, unavailable: 1 } as const;

type SdkError = Error & { code?: string; $fault?: string; $metadata?: { httpStatusCode?: number }; CancellationReasons?: { Code?: string }[] };

function kindOf(error: SdkError): 'throttled' | 'unavailable' | undefined {
  if (error.name === 'TransactionCanceledException') {
    // Only a cancellation whose every reason is transient: a failed condition is a conflict (the store
    // maps it), a validation reason is our bug and stays a 500.
    const reasons = (error.CancellationReasons ?? []).map((r) => r.Code ?? 'None').filter((code) => code !== 'None');
    if (reasons.length === 0) return undefined;
    if (reasons.every((r) => THROTTLED_REASONS.has(r) || UNAVAILABLE_REASONS.has(r))) {
      return reasons.some((r) => THROTTLED_REASONS.has(r)) ? 'throttled' : 'unavailable';
    }
    return undefined;
  }
  if (THROTTLED.has(error.name) || error.$metadata?.httpStatusCode === 429) return 'throttled';
  if (UNAVAILABLE.has(error.name) || (error.code !== undefined && NETWORK.has(error.code))) return 'unavailable';
  // Any other server-side fault the SDK reports (5xx from the service) is the service's, not ours.
  if (error.$fault === 'server') return 'unavailable';
  return undefined;
}

/**
 * The "busy, try again shortly" error for an AWS SDK error (DynamoDB, S3, KMS…) that the SDK's own
 * retries did not get past: throttling, a transaction cancelled by a conflicting one, a service 5xx,
 * a dropped connection. Anything else (our bugs, failed conditions) gives undefined. Causes are
 * followed, in case an adapter wrapped the SDK's error.
 */
export function serviceBusyOf(error: unknown): ServiceBusyError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if (current instanceof ServiceBusyError) return current;
    const kind = kindOf(current as SdkError);
    if (kind) return new ServiceBusyError(kind, RETRY_AFTER_SECONDS[kind], { cause: current });
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
