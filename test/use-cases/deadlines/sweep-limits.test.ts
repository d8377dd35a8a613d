import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../functions/adapters/dynamodb/client.js';
import { composeDeadlineDeps } from '../../../functions/compose.js';
import { DEMO_COUNTY } from '../../../functions/demo/geography.js';
import type { Case } from '../../../functions/core/case/case.js';
import { sweepDeadlines } from '../../../functions/use-cases/deadlines/sweep-deadlines.js';
import { createTestApp } from '../../support/test-app.js';
import { caseActor, grantedCase } from '../../http/cases/back-office-helpers.js';
import { newKey, submitOldAgeAllowance, testClock, type TestApp } from '../../http/cases/intake-helpers.js';

const actionsOf = async (t: TestApp, caseId: string) => (await t.deps.intake.cases.events(caseId)).map((e) => e.action);

describe('the deadline sweep watches every limit, once', () => {
  const clock = testClock('2026-03-02T02:00:00.000Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  it('flags pre-review, delivery and a supervision reply when overdue, turns cards, and sets the next check to the next date that matters', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    // An online application nobody looks at: pre-review overdue, then deemed accepted.
    const neglected = (await submitOldAgeAllowance(t, 'resident2')).body.case;
    // A granted case whose result nobody hands out (§44: due 16 March).
    const granted = await grantedCase(t);
    // A running case that goes red, with a supervision order nobody answers.
    const running = (await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case;
    const { act } = caseActor(t, running.caseId, running.version);
    expect((await act('clerk', 'accept', { deferred: [] })).status).toBe(200);
    const nextOf = async (id: string) => (await t.deps.intake.cases.get(id))!.nextCheckOn;
    // Accepted Mon 2 March, promised due Mon 9 March, threshold 2: the next change is yellow on Thu 5 March.
    clock.set('2026-03-03T02:00:00.000Z');
    await sweepDeadlines(t.deps.deadlines);
    expect(await nextOf(running.caseId)).toBe('2026-03-05');
    // Waiting at the counter: the earlier of the pre-review limit and the 5-day answer limit (due 9 March) passing.
    const preReviewEnds = new Date(Date.parse(`${neglected.preReviewDueOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const indexedOn = async (id: string) => (await t.deps.intake.cases.listDueForCheck(DEMO_COUNTY.id, '9999-12-31', 1000)).find((c) => c.caseId === id);
    expect(await indexedOn(neglected.caseId)).toBeDefined();
    expect((await t.deps.intake.cases.listDueForCheck(DEMO_COUNTY.id, preReviewEnds, 1000)).map((c) => c.caseId)).toContain(neglected.caseId);

    clock.set('2026-03-11T02:00:00.000Z');
    const version = (await t.deps.intake.cases.get(running.caseId))!.version;
    const issued = await t.call('POST', `/api/cases/${running.caseId}/supervision-orders`, {
      as: 'supervisor',
      headers: { 'idempotency-key': newKey() },
      body: { version, ground: 'red_card', instructions: '请说明原因', replyDays: 1 },
    });
    expect(issued.status, issued.text).toBe(201);
    clock.set('2026-03-18T02:00:00.000Z');
    const first = await sweepDeadlines(t.deps.deadlines);
    expect(first.flagged).toBeGreaterThanOrEqual(3);
    const runningNow = (await t.deps.intake.cases.get(running.caseId))!;
    expect(runningNow.card).toBe('red');
    expect(runningNow.flaggedLimits).toEqual([`supervision:${issued.body.order.orderId}`]);
    // Next: the legal limit (due Mon 30 March) passes on Tuesday 31 March.
    expect(runningNow.nextCheckOn).toBe('2026-03-31');
    expect((await t.deps.intake.cases.get(granted.caseId))!.flaggedLimits).toEqual(['delivery']);
    const deemed = (await t.deps.intake.cases.get(neglected.caseId))!;
    expect(deemed).toMatchObject({ state: 'under_review', deemedAccepted: true });
    expect(deemed.flaggedLimits).toContain('pre_review');

    // Sequential: a second run the same day changes nothing.
    const before = await Promise.all([neglected.caseId, granted.caseId, running.caseId].map((id) => actionsOf(t, id)));
    const second = await sweepDeadlines(t.deps.deadlines);
    expect(second).toMatchObject({ changed: 0, flagged: 0, cards: 0, deemedAccepted: 0 });
    expect(await Promise.all([neglected.caseId, granted.caseId, running.caseId].map((id) => actionsOf(t, id)))).toEqual(before);
    // The granted case is decided: once its delivery is flagged nothing else can change, and it leaves the index.
    expect((await t.deps.intake.cases.get(granted.caseId))!.nextCheckOn).toBeUndefined();
    expect((await t.deps.intake.cases.listDueForCheck(DEMO_COUNTY.id, '9999-12-31', 1000)).map((c) => c.caseId)).not.toContain(granted.caseId);
  });

  it('records each card change once when two sweeps run at the same time', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const c = (await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case;
      const accepted = await t.call('POST', `/api/cases/${c.caseId}/accept`, {
        as: 'clerk',
        headers: { 'idempotency-key': newKey() },
        body: { version: c.version, deferred: [] },
      });
      expect(accepted.status).toBe(200);
      ids.push(c.caseId);
    }
    clock.set('2026-03-10T02:00:00.000Z');
    const runs = await Promise.all([sweepDeadlines(t.deps.deadlines), sweepDeadlines(t.deps.deadlines), sweepDeadlines(t.deps.deadlines)]);
    for (const id of ids) {
      const cards = (await t.deps.intake.cases.events(id)).filter((e) => e.action === 'card_changed');
      expect(cards.map((e) => e.data?.to)).toEqual(['red']);
    }
    expect(runs.reduce((n, r) => n + r.cards, 0)).toBeGreaterThanOrEqual(ids.length);
    expect((await sweepDeadlines(t.deps.deadlines)).changed).toBe(0);
  });
});

/** Counts the DynamoDB commands a client sends (an SDK middleware). */
function countingClient(endpoint: string) {
  const db = createDocumentClient({ region: 'local', endpoint });
  const counts: Record<string, number> = {};
  db.middlewareStack.add(
    (next, context) => async (args) => {
      counts[context.commandName!] = (counts[context.commandName!] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  return { db, counts };
}

const READS = ['GetCommand', 'GetItemCommand', 'QueryCommand', 'ScanCommand', 'BatchGetCommand', 'BatchGetItemCommand'];

describe('the sweep costs what is near a limit, not the size of the table', () => {
  it('reads the same with 100 and with 20,000 closed cases', async () => {
    const clock = testClock('2026-03-02T02:00:00.000Z');
    const reads: Record<string, number>[] = [];
    // One template closed (completed, rated well) and one open (accepted, due for a check).
    const base = await createTestApp({ now: clock.now });
    const closed = await grantedCase(base);
    expect((await closed.act('clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '张明', idChecked: true } })).status).toBe(200);
    const closedCase = (await base.deps.intake.cases.get(closed.caseId))!;
    const open = (await submitOldAgeAllowance(base, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case;
    const accepted = (await base.call('POST', `/api/cases/${open.caseId}/accept`, { as: 'clerk', body: { version: open.version, deferred: [] } })).body
      .case as Case;
    const clone = (c: Case, prefix: string, i: number): Case => ({ ...c, caseId: `${prefix}-${i}`, caseNumber: `${prefix}-${i}`, queryCode: `${prefix}Q${i}` });
    // Closed cases as the table keeps them, less the form answers and files (only the item size differs).
    const slim = (c: Case): Case => ({ ...c, answers: {}, materials: [] });

    for (const closedCount of [100, 20_000]) {
      const t = await createTestApp({ now: clock.now });
      const started = Date.now();
      await t.deps.intake.cases.importMany(
        [
          ...Array.from({ length: closedCount }, (_, i) => ({ case: slim(clone(closedCase, 'closed', i)), events: [] })),
          ...Array.from({ length: 5 }, (_, i) => ({ case: clone(accepted, 'open', i), events: [] })),
        ],
        { lookups: false },
      );
      const imported = Date.now() - started;
      clock.set('2026-03-10T02:00:00.000Z');
      const { db, counts } = countingClient(t.endpoint);
      const result = await sweepDeadlines(composeDeadlineDeps({ db, tableName: t.tableName, now: clock.now }));
      expect(result).toMatchObject({ scanned: 5 });
      reads.push(Object.fromEntries(Object.entries(counts).filter(([name]) => READS.includes(name))));
      console.info(`sweep with ${closedCount} closed cases: reads ${JSON.stringify(reads.at(-1))}, import ${imported} ms`);
      clock.set('2026-03-02T02:00:00.000Z');
    }
    expect(reads[0]).toEqual(reads[1]);
    expect(reads[0]!.ScanCommand ?? 0).toBe(0);
    // Importing 20,000 cases into DynamoDB Local is most of this test's time; a shared 2-core box may take minutes.
  }, 360_000);
});
