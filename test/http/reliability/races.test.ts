import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/test-app.js';
import { caseActor } from '../cases/back-office-helpers.js';
import { submitOldAgeAllowance, testClock, type TestApp } from '../cases/intake-helpers.js';
import { hookCommands, withoutConditions, withoutVersionCondition } from './db-hook.js';

/**
 * Issue 10, reliability: N parallel conflicting transitions of one case on one version have exactly
 * one winner, the rest 409, and exactly one new event; and a control run with the conditions taken
 * out of the store's transaction shows that the test can fail (more than one writer "wins").
 */
const N = 20;
type Attempt = { as: string; path: string; body: Record<string, unknown> };

describe('reliability: concurrent conflicting transitions', { timeout: 60_000 }, () => {
  const clock = testClock();
  let t: TestApp;
  let hook: ReturnType<typeof hookCommands>;
  const figures = { attempts: 0, winners: 0, conflicts: 0, controlAttempts: 0, controlWinners: 0, controlNewEvents: 0, versionOnlyWinners: 0 };

  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
    hook = hookCommands(t.db);
  });

  afterAll(() => {
    hook.clear();
    console.log(
      `RELIABILITY races: attempts=${figures.attempts} winners=${figures.winners} conflicts=${figures.conflicts} controlAttempts=${figures.controlAttempts} controlWinners=${figures.controlWinners} controlNewEvents=${figures.controlNewEvents} versionCheckOnlyRemovedWinners=${figures.versionOnlyWinners}`,
    );
  });

  const submitted = async () => {
    const res = await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] });
    expect(res.status, res.text).toBe(201);
    return res.body.case as { caseId: string; version: number };
  };

  /** Sends every attempt at once on `version`; returns the answers. */
  const race = (caseId: string, version: number, attempts: Attempt[]) =>
    Promise.all(attempts.map((a) => t.call('POST', `/api/cases/${caseId}/${a.path}`, { as: a.as, body: { version, ...a.body } })));

  /** Races the attempts and checks: one 200, the rest 409 VERSION_CONFLICT, one new event (the winner's), version + 1. */
  const expectOneWinner = async (caseId: string, version: number, attempts: Attempt[]) => {
    const before = await t.deps.intake.cases.events(caseId);
    const answers = await race(caseId, version, attempts);
    figures.attempts += answers.length;
    const winners = answers.filter((a) => a.status === 200);
    const losers = answers.filter((a) => a.status !== 200);
    figures.winners += winners.length;
    figures.conflicts += losers.filter((a) => a.status === 409).length;
    expect(answers.map((a) => a.status).filter((s) => s !== 200 && s !== 409)).toEqual([]);
    expect(winners).toHaveLength(1);
    expect(new Set(losers.map((a) => a.body.code))).toEqual(new Set(['VERSION_CONFLICT']));

    const after = await t.deps.intake.cases.events(caseId);
    expect(after).toHaveLength(before.length + 1);
    const winner = attempts[answers.indexOf(winners[0]!)]!;
    const stored = await t.deps.intake.cases.get(caseId);
    expect(stored?.version).toBe(version + 1);
    expect(stored?.state).toBe(winners[0]!.body.case.state);
    expect(after.at(-1)!.toState).toBe(stored?.state);
    // The chain still verifies: no event was written twice or over another.
    const audit = await t.call('GET', `/api/cases/${caseId}/audit`, { as: 'supervisor' });
    expect(audit.body.verdict).toEqual({ ok: true, events: after.length });
    return winner;
  };

  it(`counter: ${N} parallel accept / correction requests on one version → one winner, ${N - 1} × 409, one event`, async () => {
    const c = await submitted();
    const attempts: Attempt[] = Array.from({ length: N }, (_, i) =>
      i % 2 === 0
        ? { as: 'clerk', path: 'accept', body: { deferred: [] } }
        : { as: 'clerk', path: 'correction', body: { items: [{ problem: `身份证复印件不清晰 ${i}` }] } },
    );
    await expectOneWinner(c.caseId, c.version, attempts);
  });

  it(`back office: ${N} parallel takes, then ${N} parallel proposals (grant / refuse) → one winner each`, async () => {
    const c = await submitted();
    const { act, state } = caseActor(t, c.caseId, c.version);
    expect((await act('clerk', 'accept', { deferred: [] })).status).toBe(200);

    await expectOneWinner(
      c.caseId,
      state.version,
      Array.from({ length: N }, () => ({ as: 'reviewer', path: 'take', body: {} })),
    );
    state.version += 1;

    const winner = await expectOneWinner(
      c.caseId,
      state.version,
      Array.from({ length: N }, (_, i) => ({
        as: 'reviewer',
        path: 'propose',
        body:
          i % 2 === 0
            ? { outcome: 'grant', reasons: [`符合条件 ${i}`], legalBasis: ['《高龄津贴发放办法》'] }
            : { outcome: 'refuse', reasons: [`不符合条件 ${i}`], legalBasis: ['《高龄津贴发放办法》'] },
      })),
    );
    // The one proposal on record is the winner's, not a mix of several.
    const stored = await t.deps.intake.cases.get(c.caseId);
    expect(JSON.stringify(stored)).toContain(String((winner.body.reasons as string[])[0]));
  });

  it('control: the same race with the conditions taken out of the transaction has more than one winner', async () => {
    // Whether two writers overlap depends on timing: up to three rounds, each on a fresh case, until they do.
    for (let round = 0; round < 3 && figures.controlWinners <= 1; round++) {
      const c = await submitted();
      const before = await t.deps.intake.cases.events(c.caseId);
      hook.set(withoutConditions);
      let answers: Awaited<ReturnType<typeof race>>;
      try {
        answers = await race(
          c.caseId,
          c.version,
          Array.from({ length: N }, () => ({ as: 'clerk', path: 'accept', body: { deferred: [] } })),
        );
      } finally {
        hook.clear();
      }
      figures.controlAttempts += answers.length;
      figures.controlWinners = answers.filter((a) => a.status === 200).length;
      figures.controlNewEvents = (await t.deps.intake.cases.events(c.caseId)).length - before.length;
    }
    // Several writers were told they won, and their events overwrote each other at the same place.
    expect(figures.controlWinners).toBeGreaterThan(1);
    expect(figures.controlNewEvents).toBeLessThan(figures.controlWinners);
  });

  it('the event key is a second fence: with only the version check taken out, still one winner and one event', async () => {
    const c = await submitted();
    const before = await t.deps.intake.cases.events(c.caseId);
    hook.set(withoutVersionCondition);
    let answers: Awaited<ReturnType<typeof race>>;
    try {
      answers = await race(
        c.caseId,
        c.version,
        Array.from({ length: N }, () => ({ as: 'clerk', path: 'accept', body: { deferred: [] } })),
      );
    } finally {
      hook.clear();
    }
    figures.versionOnlyWinners = answers.filter((a) => a.status === 200).length;
    expect(figures.versionOnlyWinners).toBe(1);
    expect(answers.filter((a) => a.status !== 200).map((a) => a.status)).toEqual(Array(N - 1).fill(409));
    expect(await t.deps.intake.cases.events(c.caseId)).toHaveLength(before.length + 1);
  });
});
