import {
  ConditionalCheckFailedException,
  InternalServerError,
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { serviceBusyOf } from '../../../functions/adapters/aws/service-busy.js';
import { ConflictError } from '../../../functions/core/errors.js';

const $metadata = {};
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({ message: 'Transaction cancelled', $metadata, CancellationReasons: codes.map((Code) => ({ Code })) });

describe('serviceBusyOf: which AWS SDK errors mean "busy, try again"', () => {
  it('throttling is 429-kind, with a longer wait', () => {
    const busy = serviceBusyOf(new ProvisionedThroughputExceededException({ message: 'x', $metadata }));
    expect(busy).toMatchObject({ code: 'SERVICE_BUSY', kind: 'throttled', retryAfterSeconds: 2 });
    expect(serviceBusyOf(Object.assign(new Error('slow down'), { name: 'SlowDown' }))?.kind).toBe('throttled');
    expect(serviceBusyOf(Object.assign(new Error('x'), { name: 'Whatever', $metadata: { httpStatusCode: 429 } }))?.kind).toBe('throttled');
    expect(serviceBusyOf(cancelled('None', 'ThrottlingError'))?.kind).toBe('throttled');
  });

  it('a service 5xx, a conflicting transaction and a dropped connection are unavailable-kind', () => {
    expect(serviceBusyOf(new InternalServerError({ message: 'x', $metadata }))?.kind).toBe('unavailable');
    expect(serviceBusyOf(cancelled('TransactionConflict', 'None'))?.kind).toBe('unavailable');
    expect(serviceBusyOf(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))?.kind).toBe('unavailable');
    expect(serviceBusyOf(Object.assign(new Error('x'), { name: 'SomeNewFault', $fault: 'server' }))?.kind).toBe('unavailable');
    // Wrapped by an adapter: the cause is followed.
    expect(serviceBusyOf(new Error('outbox write failed', { cause: cancelled('TransactionConflict') }))?.kind).toBe('unavailable');
  });

  it('leaves failed conditions, request errors and our own bugs alone', () => {
    expect(serviceBusyOf(cancelled('ConditionalCheckFailed', 'TransactionConflict'))).toBeUndefined();
    expect(serviceBusyOf(cancelled('ValidationError'))).toBeUndefined();
    expect(serviceBusyOf(cancelled('None'))).toBeUndefined();
    expect(serviceBusyOf(new ConditionalCheckFailedException({ message: 'x', $metadata }))).toBeUndefined();
    expect(serviceBusyOf(Object.assign(new Error('bad'), { name: 'ValidationException', $fault: 'client' }))).toBeUndefined();
    expect(serviceBusyOf(new TypeError('undefined is not a function'))).toBeUndefined();
    expect(serviceBusyOf(new ConflictError('x', 'VERSION_CONFLICT'))).toBeUndefined();
    expect(serviceBusyOf('not an error')).toBeUndefined();
  });
});
