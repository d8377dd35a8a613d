import { InternalServerError, ProvisionedThroughputExceededException, ThrottlingException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/test-app.js';
import { APPLICANT, newKey, submitOldAgeAllowance, testClock, upload, type TestApp } from '../cases/intake-helpers.js';
import { hookCommands } from './db-hook.js';

/**
 * Issue 10, reliability: DynamoDB faults injected into the client the app was built with —
 * throttling, a transaction cancelled for a non-conditional reason, an internal error — answer
 * 429 or 503 with Retry-After and the SERVICE_BUSY message in both languages, never a bare 500;
 * and after the fault the case reads back at its old version with its old history.
 */
const $metadata = {};
const FAULTS = {
  provisioned: () =>
    new ProvisionedThroughputExceededException({ message: 'The level of configured provisioned throughput for the table was exceeded.', $metadata }),
  throttling: () => new ThrottlingException({ message: 'Rate of requests exceeds the allowed throughput.', $metadata }),
  transactionConflict: () =>
    new TransactionCanceledException({
      message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, TransactionConflict]',
      $metadata,
      CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' }],
    }),
  transactionThrottled: () =>
    new TransactionCanceledException({
      message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ThrottlingError, None]',
      $metadata,
      CancellationReasons: [{ Code: 'ThrottlingError', Message: 'Throughput exceeds the current capacity of your table or index.' }, { Code: 'None' }],
    }),
  internal: () => new InternalServerError({ message: 'Internal server error', $metadata }),
} as const;

type Fault = keyof typeof FAULTS;

const MESSAGE = {
  'zh-CN': (s: string) => `系统繁忙，请 ${s} 秒后重试。`,
  en: (s: string) => `The service is busy right now. Please try again in ${s} seconds.`,
};

describe('reliability: injected DynamoDB faults', { timeout: 60_000 }, () => {
  const clock = testClock();
  let t: TestApp;
  let hook: ReturnType<typeof hookCommands>;
  let inside: ReturnType<typeof hookCommands>;
  const figures = { faults: 0, byStatus: {} as Record<number, number>, bare500: 0, stateChanges: 0, sdkAttempts: 0 };

  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
    hook = hookCommands(t.db);
    inside = hookCommands(t.db, 'insideRetries');
  });

  afterAll(() => {
    hook.clear();
    inside.clear();
    console.log(
      `RELIABILITY faults: injected=${figures.faults} statuses=${JSON.stringify(figures.byStatus)} bare500=${figures.bare500} stateChangesWithoutEvent=${figures.stateChanges} sdkAttemptsUnderRetry=${figures.sdkAttempts}`,
    );
  });

  /** Runs `send` with `fault` thrown for every `command` (low-level name); checks the answer is a SERVICE_BUSY with Retry-After. */
  const underFault = async (command: string, fault: Fault, send: () => ReturnType<TestApp['call']>, expected: 429 | 503) => {
    let thrown = 0;
    hook.set((name) => {
      if (name === command) {
        thrown++;
        throw FAULTS[fault]();
      }
    });
    let res: Awaited<ReturnType<TestApp['call']>>;
    try {
      res = await send();
    } finally {
      hook.clear();
    }
    figures.faults++;
    figures.byStatus[res.status] = (figures.byStatus[res.status] ?? 0) + 1;
    if (res.status === 500) figures.bare500++;
    expect(thrown, `the fault was injected into ${command}`).toBeGreaterThan(0);
    expect(res.status, res.text).toBe(expected);
    expect(res.body.code).toBe('SERVICE_BUSY');
    const retryAfter = res.headers.get('retry-after');
    expect(retryAfter).toMatch(/^[1-9]\d*$/);
    return { res, retryAfter: retryAfter! };
  };

  const freshCase = async () => {
    const res = await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] });
    expect(res.status, res.text).toBe(201);
    return res.body.case as { caseId: string; version: number };
  };

  /** The stored case and its history, to compare before and after a fault. */
  const snapshot = async (caseId: string) => {
    const c = await t.deps.intake.cases.get(caseId);
    const events = await t.deps.intake.cases.events(caseId);
    return { version: c?.version, state: c?.state, updatedAt: (c as { updatedAt?: string } | undefined)?.updatedAt, hashes: events.map((e) => e.hash) };
  };

  const accept = (caseId: string, version: number, headers: Record<string, string> = {}) =>
    t.call('POST', `/api/cases/${caseId}/accept`, { as: 'clerk', headers, body: { version, deferred: [] } });

  it.each([
    ['provisioned', 429],
    ['throttling', 429],
    ['transactionThrottled', 429],
    ['transactionConflict', 503],
    ['internal', 503],
  ] as const)('a %s fault on the transaction of an accept: %i, Retry-After, both languages, the case unchanged', async (fault, status) => {
    const c = await freshCase();
    const before = await snapshot(c.caseId);

    const zh = await underFault('TransactWriteItemsCommand', fault, () => accept(c.caseId, c.version), status);
    expect(zh.res.body.message).toBe(MESSAGE['zh-CN'](zh.retryAfter));
    const en = await underFault('TransactWriteItemsCommand', fault, () => accept(c.caseId, c.version, { 'accept-language': 'en' }), status);
    expect(en.res.body.message).toBe(MESSAGE.en(en.retryAfter));

    const after = await snapshot(c.caseId);
    if (JSON.stringify(after) !== JSON.stringify(before)) figures.stateChanges++;
    expect(after).toEqual(before);
    // Once the fault is gone the same step, on the same version, goes through: nothing was half-written.
    const retried = await accept(c.caseId, c.version);
    expect(retried.status, retried.text).toBe(200);
    expect((await snapshot(c.caseId)).hashes).toHaveLength(before.hashes.length + 1);
  });

  it('throttled reads of the case and of a queue (Query) answer 429, not 500', async () => {
    const c = await freshCase();
    // The case page reads the case with its events in one Query.
    await underFault('QueryCommand', 'throttling', () => t.call('GET', `/api/cases/${c.caseId}`, { as: 'clerk' }), 429);
    await underFault('QueryCommand', 'provisioned', () => t.call('GET', '/api/cases', { as: 'clerk', headers: { 'accept-language': 'en' } }), 429);
    await underFault('GetItemCommand', 'internal', () => t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'supervisor' }), 503);
  });

  it('a submission whose transaction fails: 503, no case, and the retry with the same key runs (the key was freed)', async () => {
    const key = newKey();
    const body = {
      itemCode: 'MZ-GG-0003',
      townshipId: 'qingshi',
      answers: APPLICANT,
      materials: [
        { materialId: 'idCard', fileIds: [await upload(t, 'resident2')] },
        { materialId: 'hukou', fileIds: [await upload(t, 'resident2')] },
      ],
    };
    const send = () => t.call('POST', '/api/cases', { as: 'resident2', headers: { 'idempotency-key': key }, body });
    const listed = async () => (await t.call('GET', '/api/cases', { as: 'resident2' })).body.items.length as number;
    const count = await listed();
    await underFault('TransactWriteItemsCommand', 'transactionConflict', send, 503);
    expect(await listed()).toBe(count);
    // A throttled read of the idempotency record (the first call of the request) is a 429 too.
    await underFault('GetItemCommand', 'throttling', send, 429);
    expect(await listed()).toBe(count);
    const retried = await send();
    expect(retried.status, retried.text).toBe(201);
    expect(retried.headers.get('idempotency-replayed')).toBeNull();
    expect(await listed()).toBe(count + 1);
  });

  it('under the SDK’s own retries a persistent throttle still ends in 429 after the SDK gives up', async () => {
    const c = await freshCase();
    const before = await snapshot(c.caseId);
    let attempts = 0;
    inside.set((name) => {
      if (name === 'TransactWriteItemsCommand') {
        attempts++;
        throw FAULTS.provisioned();
      }
    });
    let res: Awaited<ReturnType<TestApp['call']>>;
    try {
      res = await accept(c.caseId, c.version);
    } finally {
      inside.clear();
    }
    figures.faults++;
    figures.byStatus[res.status] = (figures.byStatus[res.status] ?? 0) + 1;
    figures.sdkAttempts = attempts;
    // The SDK's standard strategy tries several times (with backoff) before it gives the error to the adapter.
    expect(attempts).toBeGreaterThan(1);
    expect(res.status, res.text).toBe(429);
    expect(res.body.code).toBe('SERVICE_BUSY');
    expect(res.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(await snapshot(c.caseId)).toEqual(before);
  });

  it('a failed condition is still a 409 conflict and a bug-shaped cancellation still a 500 (the mapping is narrow)', async () => {
    const c = await freshCase();
    hook.set((name) => {
      if (name === 'TransactWriteItemsCommand') {
        throw new TransactionCanceledException({
          message: 'Transaction cancelled [ValidationError]',
          $metadata,
          CancellationReasons: [{ Code: 'ValidationError', Message: 'Item size has exceeded the maximum allowed size' }],
        });
      }
    });
    let res: Awaited<ReturnType<TestApp['call']>>;
    try {
      res = await accept(c.caseId, c.version);
    } finally {
      hook.clear();
    }
    expect(res.status).toBe(500);
    expect(res.body.code).toBe('INTERNAL');
    hook.set((name) => {
      if (name === 'TransactWriteItemsCommand') {
        throw new TransactionCanceledException({
          message: 'Transaction cancelled [ConditionalCheckFailed]',
          $metadata,
          CancellationReasons: [{ Code: 'ConditionalCheckFailed' }],
        });
      }
    });
    try {
      res = await accept(c.caseId, c.version);
    } finally {
      hook.clear();
    }
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('VERSION_CONFLICT');
  });
});
