import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_STATES } from '../../functions/core/case/case-states.js';
import { silentLogger } from '../../functions/http/logger.js';
import { seedDemoHistory } from '../../scripts/lib/demo-history.js';
import { createTestApp } from '../support/test-app.js';

describe('the demo history', () => {
  it('takes cases through the real API over months, once: seeded again it adds nothing; the chains verify', async () => {
    const t = await createTestApp();
    const files = { kind: 'local' as const, dir: mkdtempSync(join(tmpdir(), 'history-files-')), secret: 'x' };
    const seal = { kind: 'local' as const, dir: mkdtempSync(join(tmpdir(), 'history-seal-')), sm2Owners: [] };
    const options = {
      db: t.db,
      tableName: t.tableName,
      files,
      seal,
      casesPerTownship: 8,
      months: 3,
      today: new Date('2026-12-02T02:00:00Z'),
      logger: silentLogger,
    };
    const first = await seedDemoHistory(options);
    expect(first.skipped).toBe(false);
    expect(first.cases).toBeGreaterThanOrEqual(18);
    const rows = (await Promise.all(['qingshi', 'baihe', 'liulin'].map((tw) => t.deps.intake.cases.listByTownship(tw, CASE_STATES, 500)))).flat();
    expect(rows).toHaveLength(first.cases);
    const cases = (await Promise.all(rows.map((r) => t.deps.intake.cases.get(r.caseId)))).map((c) => c!);
    const states = new Set(cases.map((c) => c.state));
    expect(states.has('completed')).toBe(true);
    expect(cases.every((c) => c.createdAt >= '2026-09-01' && c.createdAt < '2026-12-02')).toBe(true);
    expect(new Set(cases.map((c) => c.channel)).size).toBeGreaterThan(1);
    // Seeded once: a second run is skipped and adds no case.
    expect((await seedDemoHistory(options)).skipped).toBe(true);
    const again = (await Promise.all(['qingshi', 'baihe', 'liulin'].map((tw) => t.deps.intake.cases.listByTownship(tw, CASE_STATES, 500)))).flat();
    expect(again).toHaveLength(first.cases);
    // Real cases: the supervisor's audit of a completed one finds its chain intact.
    const done = cases.find((c) => c.state === 'completed')!;
    const audit = await t.call('GET', `/api/cases/${done.caseId}/audit`, { as: 'supervisor' });
    expect(audit.status, audit.text).toBe(200);
    expect(audit.body.verdict).toMatchObject({ ok: true });
    expect(audit.body.verdict.events).toBeGreaterThan(4);
    // Every step goes through the real API (and the sweep runs day by day): minutes on a loaded 2-core box.
  }, 360_000);
});
