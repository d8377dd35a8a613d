import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoAttemptLimiter } from '../../../functions/adapters/dynamodb/attempt-limiter.js';
import { decideAttempt, delayBefore } from '../../../functions/core/throttle/attempt-policy.js';
import { DEMO_PASSWORD } from '../../../functions/demo/accounts.js';
import { createApp } from '../../../functions/http/app.js';
import { countDynamoCalls } from '../../support/dynamo-call-counter.js';
import { createTestApp } from '../../support/test-app.js';
import { submitOldAgeAllowance, testClock, type TestApp } from '../cases/intake-helpers.js';

/** Issue 10, finding 4: 200 wrong passwords in 6 s and 200 phone-suffix guesses in 0.9 s, all answered. */
describe('throttled sign-in and progress lookup', () => {
  const clock = testClock();
  let t: TestApp;
  let queryCode: string;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
    const c = await submitOldAgeAllowance(t, 'resident');
    expect(c.status, c.text).toBe(201);
    queryCode = c.body.case.queryCode;
  });

  const advance = (seconds: number) => clock.set(new Date(clock.now().getTime() + seconds * 1000).toISOString());
  /** A request from a given client address (the socket peer, as @hono/node-server passes it). */
  const from = async (address: string, method: string, path: string, body?: unknown, app = t.app) => {
    const res = await app.request(
      path,
      { method, ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) },
      { incoming: { socket: { remoteAddress: address } } },
    );
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, retryAfter: res.headers.get('retry-after') };
  };
  const login = (address: string, username: string, password: string, lang = 'en') =>
    from(address, 'POST', `/api/auth/local/login?lang=${lang}`, { username, password });
  const lookup = (address: string, code: string, last4: string) => from(address, 'GET', `/api/cases/lookup?lang=en&code=${code}&phoneLast4=${last4}`);

  it('the policy: 5 free attempts, then 1 s, 2 s, 4 s … capped at 15 minutes', () => {
    expect([1, 5, 6, 7, 8, 30].map((n) => delayBefore(n, { free: 5 }))).toEqual([0, 0, 1, 2, 4, 900]);
    expect(decideAttempt(6, 1000, 1500, { free: 5 })).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(decideAttempt(6, 1000, 2000, { free: 5 })).toEqual({ allowed: true });
  });

  it('sign-in: 5 wrong passwords, then 429 with Retry-After in both languages; waiting lets one more through; a success resets', async () => {
    clock.set('2026-03-02T03:00:00.000Z');
    for (let i = 0; i < 5; i++) expect((await login('10.0.0.1', 'clerk', `wrong-${i}`)).status).toBe(401);
    const en = await login('10.0.0.1', 'clerk', 'wrong-6');
    expect(en.status).toBe(429);
    expect(en.retryAfter).toBe('2');
    expect(en.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: 'Too many attempts. Please try again in 2 seconds.' });
    const zh = await login('10.0.0.9', 'clerk', DEMO_PASSWORD, 'zh-CN');
    expect(zh.status).toBe(429); // the username is blocked from any address, even with the right password
    expect(zh.body.message).toBe(`尝试次数过多，请 ${zh.retryAfter} 秒后再试。`);
    advance(Number(zh.retryAfter));
    expect((await login('10.0.0.1', 'clerk', DEMO_PASSWORD)).status).toBe(200);
    // The success forgot the username's count: five fresh tries.
    for (let i = 0; i < 5; i++) expect((await login('10.0.0.1', 'clerk', `again-${i}`)).status).toBe(401);
    expect((await login('10.0.0.1', 'clerk', 'again-6')).status).toBe(429);
  });

  it('sign-in: one address guessing many usernames is stopped after 20 failures', async () => {
    clock.set('2026-03-02T04:00:00.000Z');
    const statuses = [];
    for (let i = 0; i < 22; i++) statuses.push((await login('10.0.0.2', `nobody-${i}`, 'x')).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    expect((await login('10.0.0.3', 'nobody-99', 'x')).status).toBe(401); // another address is unaffected
  });

  it('lookup: 5 wrong phone suffixes for a code, then 429 from any address; the right suffix waits too', async () => {
    clock.set('2026-03-02T05:00:00.000Z');
    for (const last4 of ['0001', '0002', '0003', '0004', '0005']) expect((await lookup('10.0.1.1', queryCode, last4)).status).toBe(404);
    const next = await lookup('10.0.1.2', queryCode.toLowerCase(), '8000');
    expect(next.status).toBe(429);
    expect(Number(next.retryAfter)).toBeGreaterThan(0);
    advance(Number(next.retryAfter));
    expect((await lookup('10.0.1.2', queryCode, '8000')).status).toBe(200);
  });

  it('lookup: 200 concurrent guesses at one code get at most 5 answers, the rest 429', async () => {
    clock.set('2026-03-02T06:00:00.000Z');
    const guesses = Array.from({ length: 200 }, (_, i) => String(1000 + i));
    const results = await Promise.all(guesses.map((g, i) => lookup(`10.0.2.${i % 250}`, queryCode, g)));
    const answered = results.filter((r) => r.status !== 429);
    expect(answered.length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(195);
    expect(results.some((r) => r.status >= 500)).toBe(false);
  });

  it("lookup: the code's pointer tells a wrong suffix without reading the case, and keeps no digits of the phone", async () => {
    const fresh = (await submitOldAgeAllowance(t, 'resident')).body.case as { queryCode: string; caseId: string };
    clock.set('2026-03-02T07:00:00.000Z');
    const counter = countDynamoCalls(t.db);
    try {
      const wrong = await counter.measure(() => lookup('10.0.4.1', fresh.queryCode, '1234'));
      expect(wrong.result.status).toBe(404);
      expect(wrong.targets.filter((x) => x.startsWith('Query'))).toEqual([]);
      // A right one reads the case while its attempt is given back; six in a row are never held up.
      for (let i = 0; i < 6; i++) {
        const right = await counter.measure(() => lookup('10.0.4.2', fresh.queryCode, '8000'));
        expect(right.result.status).toBe(200);
        expect(right.targets.filter((x) => x.startsWith('Query'))).toEqual([`Query CASE#${fresh.caseId}`]);
      }
    } finally {
      counter.remove();
    }
    const pointer = (await t.db.send(new GetCommand({ TableName: t.tableName, Key: { pk: `QUERYCODE#${fresh.queryCode}`, sk: 'QUERYCODE' } }))).Item!;
    expect(pointer.caseId).toBe(fresh.caseId);
    expect(JSON.stringify(pointer)).not.toContain('8000');
    expect(JSON.stringify(pointer)).not.toContain('13800138000');
  });

  it('the counters live in DynamoDB with a TTL, hashed (another app instance sees the block)', async () => {
    clock.set('2026-03-02T06:00:30.000Z');
    const other = createApp({ ...t.deps, attempts: createDynamoAttemptLimiter(t.db, t.tableName) });
    expect((await from('10.0.3.1', 'GET', `/api/cases/lookup?code=${queryCode}&phoneLast4=8000`, undefined, other)).status).toBe(429);
    const { Items = [] } = await t.db.send(
      new ScanCommand({
        TableName: t.tableName,
        FilterExpression: '#t = :t',
        ExpressionAttributeNames: { '#t': 'type' },
        ExpressionAttributeValues: { ':t': 'attempts' },
      }),
    );
    expect(Items.length).toBeGreaterThan(0);
    for (const item of Items) {
      expect(item.pk).toMatch(/^ATTEMPTS#(login|lookup)-(subject|address)#[0-9a-f]{40}$/);
      // TTL: an hour after the key's last attempt.
      expect(item.expiresAt).toBe(Math.floor(item.lastAt / 1000) + 3600);
    }
    expect(JSON.stringify(Items)).not.toContain(queryCode);
    expect(JSON.stringify(Items)).not.toContain('10.0.');
  });
});
