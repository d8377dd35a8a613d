/**
 * 6. The county at scale: the dashboard request and the deadline sweep with 1,000 and with 20,000
 * cases in the table, side by side in one run. The cases are clones of a seeded demo history,
 * spread over half a year; the figures' buckets are the ones the stream consumer would keep
 * (summed from each case's contribution, written in bulk), so the dashboard reads what it reads
 * in a deployment. DynamoDB calls are counted by an SDK middleware.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchWriteAll } from '../functions/adapters/dynamodb/batch-write.js';
import { createDynamoCaseStore } from '../functions/adapters/dynamodb/case-store.js';
import { createDocumentClient } from '../functions/adapters/dynamodb/client.js';
import { ensureTable } from '../functions/adapters/dynamodb/create-table.js';
import { statsKeys } from '../functions/adapters/dynamodb/key-scheme.js';
import { createLocalIssuer } from '../functions/adapters/local/local-issuer.js';
import { toDayNumber, toIsoDate } from '../functions/core/calendar/day-number.js';
import type { Case } from '../functions/core/case/case.js';
import { CASE_STATES } from '../functions/core/case/case-states.js';
import { contributionOf, splitCounter } from '../functions/core/stats/case-contribution.js';
import { composeDeadlineDeps, composeDeps } from '../functions/compose.js';
import { seedDemoData } from '../functions/demo/seed.js';
import { createApp } from '../functions/http/app.js';
import { createTokenVerifier } from '../functions/http/auth/token-verifier.js';
import { silentLogger } from '../functions/http/logger.js';
import { sweepDeadlines } from '../functions/use-cases/deadlines/sweep-deadlines.js';
import { seedDemoHistory } from '../scripts/lib/demo-history.js';
import { measureAsync, printTable, type Timing } from './measure.js';

const SIZES = [1_000, 20_000];

function counting(endpoint: string) {
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

/** Every date in a case moved by `days` (its JSON, date by date). */
function shifted(c: Case, days: number, id: string): Case {
  const text = JSON.stringify(c).replace(/\b(\d{4}-\d{2}-\d{2})(?=T|")/g, (d: string) => toIsoDate(toDayNumber(d) + days));
  return { ...(JSON.parse(text) as Case), caseId: id, caseNumber: id, queryCode: id.slice(0, 12) };
}

async function tableWith(db: DynamoDBDocumentClient, templates: Case[], size: number, calendar: Parameters<typeof contributionOf>[1]) {
  const tableName = `scale-${size}-${randomUUID().slice(0, 6)}`;
  await ensureTable(db, tableName);
  const cases: Case[] = [];
  for (let i = 0; i < size; i++) cases.push(shifted(templates[i % templates.length]!, -((i * 7) % 150), `scale-${i}`));
  await createDynamoCaseStore(db, tableName).importMany(
    cases.map((c) => ({ case: c, events: [] })),
    { lookups: false },
  );
  const buckets = new Map<string, Record<string, number>>();
  for (const c of cases) {
    for (const counter of contributionOf(c, calendar)) {
      const { bucket, name } = splitCounter(counter);
      const counters = buckets.get(bucket) ?? {};
      counters[name] = (counters[name] ?? 0) + 1;
      buckets.set(bucket, counters);
    }
  }
  await batchWriteAll(
    db,
    tableName,
    [...buckets].map(([bucket, counters]) => ({
      PutRequest: { Item: { ...statsKeys.bucket('qingshan', bucket), type: 'stats-bucket', countyId: 'qingshan', ...counters } },
    })),
  );
  return { tableName, buckets: buckets.size, open: cases.filter((c) => c.nextCheckOn).length };
}

export async function runCountyScale(endpoint: string): Promise<void> {
  const db = createDocumentClient({ region: 'local', endpoint });
  const tableName = `history-${randomUUID().slice(0, 6)}`;
  await ensureTable(db, tableName);
  const files = { kind: 'local' as const, dir: mkdtempSync(join(tmpdir(), 'bench-h-files-')), secret: 'x' };
  const seal = { kind: 'local' as const, dir: mkdtempSync(join(tmpdir(), 'bench-h-seal-')) };
  const issuer = await createLocalIssuer({ issuer: 'http://localhost/local-issuer' });
  const base = composeDeps({
    db,
    tableName,
    files,
    seal,
    logger: silentLogger,
    localIssuer: issuer,
    verifier: createTokenVerifier({ issuer: issuer.issuer, audiences: [issuer.audience], keys: issuer.keySet }),
  });
  await seedDemoData({ accounts: base.accounts, calendars: base.calendars, catalogue: base.catalogue });
  const history = await seedDemoHistory({ db, tableName, files, seal, casesPerTownship: 30, today: new Date(), logger: silentLogger });
  const listed = (await Promise.all(['qingshi', 'baihe', 'liulin'].map((t) => base.intake.cases.listByTownship(t, CASE_STATES, 500)))).flat();
  const templates = (await Promise.all(listed.map((r) => base.intake.cases.get(r.caseId)))).filter((c): c is Case => c !== undefined);
  const calendar = await base.deadlines.calendar();
  console.log(`\n6. The county at scale (templates: ${templates.length} cases of a seeded history, made in ${(history.ms / 1000).toFixed(1)} s)`);

  const rows: Timing[] = [];
  const calls: string[] = [];
  for (const size of SIZES) {
    const t = await tableWith(db, templates, size, calendar);
    const { db: counted, counts } = counting(endpoint);
    const deps = composeDeps({
      db: counted,
      tableName: t.tableName,
      logger: silentLogger,
      localIssuer: issuer,
      verifier: createTokenVerifier({ issuer: issuer.issuer, audiences: [issuer.audience], keys: issuer.keySet }),
      files,
      seal,
    });
    await seedDemoData({ accounts: deps.accounts, calendars: deps.calendars, catalogue: deps.catalogue });
    const app = createApp(deps);
    const token = (await issuer.sign({ userId: 'u-supervisor', role: 'supervisor', name: '督查', countyId: 'qingshan' })).token;
    for (const k of Object.keys(counts)) delete counts[k];
    const dashboard = await measureAsync(`GET /api/county/dashboard, ${size.toLocaleString('en')} cases (${t.buckets} buckets)`, 30, async () => {
      const res = await app.request('/api/county/dashboard', { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`dashboard ${res.status}`);
      await res.arrayBuffer();
    });
    const perRequest = Object.entries(counts).map(([k, n]) => `${k.replace('Command', '')} ${(n / 50).toFixed(1)}`);
    for (const k of Object.keys(counts)) delete counts[k];
    const sweepDeps = composeDeadlineDeps({ db: counted, tableName: t.tableName });
    // One run: it reschedules what it looked at, so a second run the same day has nothing to do.
    const started = performance.now();
    const result = await sweepDeadlines(sweepDeps);
    const ms = performance.now() - started;
    const sweep: Timing = {
      name: `deadline sweep, ${size.toLocaleString('en')} cases (${result.scanned} due, one run)`,
      opsPerSec: 1000 / ms,
      medianUs: ms * 1000,
    };
    const perSweep = Object.entries(counts).map(([k, n]) => `${k.replace('Command', '')} ${n}`);
    rows.push(dashboard, sweep);
    calls.push(`  ${size.toLocaleString('en')} cases — DynamoDB calls per dashboard request: ${perRequest.join(', ')}; per sweep run: ${perSweep.join(', ')}`);
  }
  printTable('6. County dashboard and deadline sweep, 1,000 vs 20,000 cases', rows);
  for (const line of calls) console.log(line);
  console.log(
    `  ratio: dashboard 20,000 vs 1,000 cases: ${(rows[0]!.medianUs / rows[2]!.medianUs).toFixed(2)}× the speed; sweep: ${(rows[1]!.medianUs / rows[3]!.medianUs).toFixed(2)}×`,
  );
  db.destroy();
}
