import { beforeAll, describe, expect, it } from 'vitest';
import { createTableStreamReader } from '../../functions/adapters/local/table-stream-reader.js';
import type { Case } from '../../functions/core/case/case.js';
import { contributionOf, splitCounter } from '../../functions/core/stats/case-contribution.js';
import { silentLogger } from '../../functions/http/logger.js';
import { processStreamRecords } from '../../functions/stream/process-stream-records.js';
import { sweepDeadlines } from '../../functions/use-cases/deadlines/sweep-deadlines.js';
import { createTestApp } from '../support/test-app.js';
import { grantedCase } from '../http/cases/back-office-helpers.js';
import { submitOldAgeAllowance, testClock, type TestApp } from '../http/cases/intake-helpers.js';

/**
 * Issue 9: the county's figures come from aggregate buckets the stream consumer keeps. A small
 * fixture through the API, its table stream read as Lambda would (and then again from the start,
 * a replay), and the dashboard compared with a hand count and with a recount from the cases.
 */
describe("the county's figures, kept from the table stream", () => {
  const clock = testClock('2026-03-02T02:00:00.000Z');
  let t: TestApp;
  const ids: Record<string, string> = {};
  let handed = 0;

  /** Reads the table's stream from its oldest record to the end, through the stream consumer. */
  const drainStream = async () => {
    const reader = createTableStreamReader({
      db: t.db,
      endpoint: t.endpoint,
      tableName: t.tableName,
      handle: (records) => processStreamRecords(records, { logger: silentLogger, statistics: { stats: t.deps.stats, calendar: t.deps.deadlines.calendar } }),
    });
    let total = 0;
    for (let round = 0; round < 20; round++) {
      const n = await reader.pollOnce();
      total += n;
      if (n === 0) break;
    }
    return total;
  };
  const dashboard = async (query = 'from=2026-03-01&to=2026-03-31') => (await t.call('GET', `/api/county/dashboard?${query}`, { as: 'supervisor' })).body;
  const storedBuckets = async () => {
    const { days, now } = await t.deps.stats.read('qingshan', '2000-01-01', '2100-12-31');
    return Object.fromEntries(
      [...days, ...now].flatMap((b) =>
        Object.entries(b.counters)
          .filter(([, n]) => n !== 0)
          .map(([name, n]) => [`${b.bucket}|${name}`, n]),
      ),
    );
  };

  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
    // Completed, rated 不满意, its rectification answered in time.
    const done = await grantedCase(t);
    ids.done = done.caseId;
    expect((await done.act('clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '张明', idChecked: true } })).status).toBe(200);
    expect((await done.act('resident', 'rate', { grade: 'dissatisfied', comment: '排队太久' })).status).toBe(200);
    expect((await done.act('reviewer', 'reply-rectification', { text: '已增开窗口', contactedApplicant: true })).status).toBe(200);
    // Not accepted.
    const refused = (await submitOldAgeAllowance(t, 'resident')).body.case;
    ids.refused = refused.caseId;
    const notAccepted = await t.call('POST', `/api/cases/${refused.caseId}/not-accept`, {
      as: 'clerk',
      body: { version: refused.version, reasons: ['不符合条件'], legalBasis: ['《办法》第三条'], remedies: '可申请行政复议。' },
    });
    expect(notAccepted.status, notAccepted.text).toBe(200);
    // Two accepted and open; one of them is left to run late (the other is accepted later, so it is still in time).
    const late = (await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case;
    ids.late = late.caseId;
    expect((await t.call('POST', `/api/cases/${late.caseId}/accept`, { as: 'clerk', body: { version: late.version } })).status).toBe(200);
    // Promised 5 working days from Mon 2 March: due Mon 9 March. On Tue 10 March the card is red.
    clock.set('2026-03-10T01:00:00.000Z');
    // Waiting at the counter.
    ids.waiting = (await submitOldAgeAllowance(t, 'resident')).body.case.caseId;
    const fresh = (await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case;
    ids.fresh = fresh.caseId;
    expect((await t.call('POST', `/api/cases/${fresh.caseId}/accept`, { as: 'clerk', body: { version: fresh.version } })).status).toBe(200);
    await sweepDeadlines(t.deps.deadlines);
    expect((await t.deps.intake.cases.get(ids.late!))!.card).toBe('red');
    handed = await drainStream();
  }, 120_000);

  it('shows the hand count of the fixture', async () => {
    expect(handed).toBeGreaterThan(10);
    const d = await dashboard();
    expect(d.county).toMatchObject({
      received: 5,
      accepted: 3,
      notAccepted: 1,
      decided: 1,
      completed: 1,
      channels: { online: 5, counter: 0, proxy: 0 },
      decidedOnTime: { promised: 1, legal: 1 },
      ratings: { dissatisfied: 1, total: 1, poorShare: 1 },
      rectifications: { opened: 1, onTime: 1, late: 0 },
      open: { total: 2, red: 1, none: 1, yellow: 0, legal_breach: 0, pending: 1 },
    });
    // The fair on-time rate: 1 decided on time ÷ (1 decided + 1 open and already past its promised limit).
    expect(d.county.onTimeRate.promised).toBe(0.5);
    expect(d.county.onTimeRate.legal).toBe(1);
    expect(d.byTownship).toHaveLength(1);
    expect(d.byTownship[0]).toMatchObject({ townshipId: 'qingshi', open: { red: 1 } });
    expect(d.names.townships.qingshi['zh-CN']).toBe('青石镇');
    expect(d.names.items['MZ-GG-0003']['zh-CN']).toContain('高龄');
    expect(d.trend).toEqual([{ month: '2026-03', received: 5, completed: 1, decided: 1, onTimeRate: 1 }]);
    // A period without the fixture's days counts nothing that happened, but the open cases now stay.
    const before = await dashboard('from=2026-01-01&to=2026-02-28');
    expect(before.county).toMatchObject({ received: 0, decided: 0, open: { total: 2, red: 1 } });
  });

  it('equals a recount from the cases, after the whole stream is handed over again (a replay)', async () => {
    const counted = await storedBuckets();
    expect(await drainStream()).toBe(handed);
    expect(await storedBuckets()).toEqual(counted);
    const { calendar } = await t.deps.intake.clock();
    const recount: Record<string, number> = {};
    for (const id of Object.values(ids)) {
      for (const counter of contributionOf((await t.deps.intake.cases.get(id)) as Case, calendar)) recount[counter] = (recount[counter] ?? 0) + 1;
    }
    expect(counted).toEqual(recount);
    expect(Object.keys(recount).every((k) => splitCounter(k).bucket.length > 0)).toBe(true);
  });

  it('drills down to the late case, masked, latest first; other roles are refused', async () => {
    const red = await t.call('GET', '/api/county/dashboard/cases?card=red', { as: 'supervisor' });
    expect(red.status, red.text).toBe(200);
    expect(red.body.items.map((e: { caseId: string }) => e.caseId)).toEqual([ids.late]);
    expect(red.body.items[0]).toMatchObject({ card: 'red', townshipId: 'qingshi', workingDaysOverdue: 1 });
    expect(JSON.stringify(red.body)).not.toContain('13800138000');
    expect(JSON.stringify(red.body)).not.toContain('11010519491231002X');
    const all = await t.call('GET', '/api/county/dashboard/cases?townshipId=qingshi', { as: 'supervisor' });
    expect(all.body.items.map((e: { caseId: string }) => e.caseId)).toEqual([ids.late, ids.fresh]);
    expect((await t.call('GET', '/api/county/dashboard', { as: 'clerk' })).status).toBe(403);
    expect((await t.call('GET', '/api/county/dashboard/cases', { as: 'resident' })).status).toBe(403);
    const bad = await t.call('GET', '/api/county/dashboard?from=2026-03-31&to=2026-03-01', { as: 'supervisor', headers: { 'accept-language': 'en' } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('query.from');
  });
});
