import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/test-app.js';
import { APPLICANT, newKey, testClock, upload, type TestApp } from '../cases/intake-helpers.js';

/**
 * Issue 10, reliability: the same Idempotency-Key sent many times — at once and one after the
 * other — for a submission and for an action runs the request once (one case, one event) and
 * every caller gets the same answer.
 */
const CONCURRENT = 10;
const SEQUENTIAL = 5;

type Answer = Awaited<ReturnType<TestApp['call']>>;

describe('reliability: idempotent retries, sequential and concurrent', { timeout: 60_000 }, () => {
  const clock = testClock();
  let t: TestApp;
  const figures = { requests: 0, replayed: 0, distinctAnswers: 0 };

  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  afterAll(() => {
    console.log(`RELIABILITY idempotency: requests=${figures.requests} replayed=${figures.replayed} distinctAnswers=${figures.distinctAnswers}`);
  });

  /** `CONCURRENT` copies at once, then `SEQUENTIAL` one after the other; all answers. */
  const burst = async (send: () => Promise<Answer>) => {
    const concurrent = await Promise.all(Array.from({ length: CONCURRENT }, send));
    const sequential: Answer[] = [];
    for (let i = 0; i < SEQUENTIAL; i++) sequential.push(await send());
    const answers = [...concurrent, ...sequential];
    figures.requests += answers.length;
    figures.replayed += answers.filter((a) => a.headers.get('idempotency-replayed') === 'true').length;
    const distinct = new Set(answers.map((a) => `${a.status} ${a.text}`));
    figures.distinctAnswers += distinct.size;
    return { answers, distinct };
  };

  it(`a submission sent ${CONCURRENT}× at once and ${SEQUENTIAL}× after: one case, one event, one answer`, async () => {
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
    const { answers, distinct } = await burst(() => t.call('POST', '/api/cases', { as: 'resident2', headers: { 'idempotency-key': key }, body }));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    expect([...distinct]).toHaveLength(1);
    // All but the one that ran were replays.
    expect(answers.filter((a) => a.headers.get('idempotency-replayed') === 'true')).toHaveLength(answers.length - 1);

    const mine = await t.call('GET', '/api/cases', { as: 'resident2' });
    expect(mine.body.items).toHaveLength(1);
    const caseId = answers[0]!.body.case.caseId as string;
    expect(await t.deps.intake.cases.events(caseId)).toHaveLength(1);
  });

  it(`an action sent ${CONCURRENT}× at once and ${SEQUENTIAL}× after: one step, one event, one answer`, async () => {
    const submitted = await t.call('POST', '/api/cases', {
      as: 'resident',
      headers: { 'idempotency-key': newKey() },
      body: {
        itemCode: 'MZ-GG-0003',
        townshipId: 'qingshi',
        answers: APPLICANT,
        materials: [
          { materialId: 'idCard', fileIds: [await upload(t, 'resident')] },
          { materialId: 'hukou', fileIds: [await upload(t, 'resident')] },
          { materialId: 'bankCard', fileIds: [await upload(t, 'resident')] },
        ],
      },
    });
    expect(submitted.status, submitted.text).toBe(201);
    const { caseId, version } = submitted.body.case;
    const key = newKey();
    const { answers, distinct } = await burst(() =>
      t.call('POST', `/api/cases/${caseId}/accept`, { as: 'clerk', headers: { 'idempotency-key': key }, body: { version, deferred: [] } }),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect([...distinct]).toHaveLength(1);
    expect(answers[0]!.body.case.version).toBe(version + 1);

    const stored = await t.deps.intake.cases.get(caseId);
    expect(stored?.version).toBe(version + 1);
    const events = await t.deps.intake.cases.events(caseId);
    expect(events.map((e) => e.action)).toEqual(['submit', 'accept']);
  });

  it('a copy of a request that never finishes waits a bounded time, then gets 409 with Retry-After', async () => {
    const key = newKey();
    const body = { name: 'stuck.jpg', contentType: 'image/jpeg', size: 2048 };
    // The first copy "crashed" mid-run: its claim is held (as the middleware takes it) and never completed.
    const hash = createHash('sha256')
      .update(`POST /api/files/uploads\n${JSON.stringify(body)}`)
      .digest('hex');
    expect((await t.deps.idempotency.begin('u-resident-1', key, hash, clock.now())).state).toBe('new');
    const started = Date.now();
    const copy = await t.call('POST', '/api/files/uploads', { as: 'resident', headers: { 'idempotency-key': key }, body });
    const waited = Date.now() - started;
    expect(copy.status).toBe(409);
    expect(copy.body.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    expect(copy.headers.get('retry-after')).toBe('1');
    expect(waited).toBeGreaterThanOrEqual(4000);
    expect(waited).toBeLessThan(15_000);
  });

  it('the same key from another caller is another request: it does not replay the first one’s answer', async () => {
    const key = newKey();
    const own = await t.call('POST', '/api/files/uploads', {
      as: 'resident',
      headers: { 'idempotency-key': key },
      body: { name: 'a.jpg', contentType: 'image/jpeg', size: 2048 },
    });
    const other = await t.call('POST', '/api/files/uploads', {
      as: 'resident2',
      headers: { 'idempotency-key': key },
      body: { name: 'a.jpg', contentType: 'image/jpeg', size: 2048 },
    });
    expect(own.status).toBe(201);
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotency-replayed')).toBeNull();
    expect(other.body.fileId).not.toBe(own.body.fileId);
  });
});
