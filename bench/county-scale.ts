/**
 * 6. The county at scale: every list, the progress lookup, the dashboard and the deadline sweep
 * over a table of 1,000 cases and one of 20,000, side by side in one run (requests to the two
 * interleaved, so a noisy neighbour slows both alike). The 1,000 are clones of a seeded demo
 * history spread over the last five months (the county's work now, with cases waiting in every
 * queue); the larger table holds the same 1,000 and 19,000 finished cases of the two and a half
 * years before (what a county's table gains with time), so both hold the same open work and any
 * difference is the table's size. The figures' buckets are the ones the stream consumer would keep
 * (summed from each case's contribution, written in bulk). DynamoDB calls are counted by an SDK
 * middleware.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchWriteCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchWriteAll } from '../functions/adapters/dynamodb/batch-write.js';
import { createDynamoCaseStore } from '../functions/adapters/dynamodb/case-store.js';
import { createDocumentClient } from '../functions/adapters/dynamodb/client.js';
import { ensureTable } from '../functions/adapters/dynamodb/create-table.js';
import { caseKeys, statsKeys } from '../functions/adapters/dynamodb/key-scheme.js';
import { createLocalIssuer } from '../functions/adapters/local/local-issuer.js';
import type { Principal } from '../functions/core/auth/principal.js';
import { chinaDateOf } from '../functions/core/calendar/china-date.js';
import { toDayNumber, toIsoDate } from '../functions/core/calendar/day-number.js';
import type { Case } from '../functions/core/case/case.js';
import { queryCodeFrom } from '../functions/core/case/case-identifiers.js';
import { indexedCheckOn } from '../functions/core/case/case-limits.js';
import { CASE_STATES, PENDING_STATES, isTerminal, isWatchedBySweep } from '../functions/core/case/case-states.js';
import { QUEUE_OWNERS, WORK_QUEUES, workQueueOf } from '../functions/core/case/work-queue.js';
import { contributionOf, splitCounter } from '../functions/core/stats/case-contribution.js';
import { composeDeadlineDeps, composeDeps } from '../functions/compose.js';
import { seedDemoData } from '../functions/demo/seed.js';
import { createApp } from '../functions/http/app.js';
import { createTokenVerifier } from '../functions/http/auth/token-verifier.js';
import { silentLogger } from '../functions/http/logger.js';
import { sweepDeadlines } from '../functions/use-cases/deadlines/sweep-deadlines.js';
import { seedDemoHistory } from '../scripts/lib/demo-history.js';
import { countDynamoCapacity } from '../test/support/dynamo-capacity-counter.js';
import { printTable, type Timing } from './measure.js';
import { casesInEveryQueue } from './queue-cases.js';

const CURRENT = 1_000;
const LARGE = 20_000;
/** Finished cases go back this far before the current five months. */
const HISTORY_DAYS = 900;
const ROUNDS = 60;

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
  return {
    db,
    /** The calls `fn` sends, `Query 2, BatchGetItem 1`. */
    async calls(fn: () => Promise<unknown>) {
      for (const k of Object.keys(counts)) delete counts[k];
      await fn();
      return Object.entries(counts)
        .map(([k, n]) => `${k.replace('Command', '')} ${n}`)
        .join(', ');
    },
  };
}

/** Every date in a case moved by `days` (its JSON, date by date), under a new id, number and query code. */
function shifted(c: Case, days: number, id: string): Case {
  const text = JSON.stringify(c).replace(/\b(\d{4}-\d{2}-\d{2})(?=T|")/g, (d: string) => toIsoDate(toDayNumber(d) + days));
  return { ...(JSON.parse(text) as Case), caseId: id, caseNumber: id, queryCode: queryCodeFrom(randomBytes(10)) };
}

/** The figures' buckets of these cases, as the stream consumer would have summed them. */
async function writeBuckets(db: DynamoDBDocumentClient, tableName: string, cases: Case[], calendar: Parameters<typeof contributionOf>[1]) {
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
}

/** The value most cases have (the busiest owner, applicant, township). */
function busiest<T>(cases: T[], key: (c: T) => string | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const k = key(c);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runCountyScale(endpoint: string): Promise<void> {
  const db = createDocumentClient({ region: 'local', endpoint });
  const historyTable = `history-${randomUUID().slice(0, 6)}`;
  await ensureTable(db, historyTable);
  const files = { kind: 'local' as const, dir: mkdtempSync(join(tmpdir(), 'bench-h-files-')), secret: 'x' };
  const seal = { kind: 'local' as const, dir: mkdtempSync(join(tmpdir(), 'bench-h-seal-')) };
  const issuer = await createLocalIssuer({ issuer: 'http://localhost/local-issuer' });
  const verifier = createTokenVerifier({ issuer: issuer.issuer, audiences: [issuer.audience], keys: issuer.keySet });
  const sign = async (p: Principal) => (await issuer.sign(p)).token;
  const base = composeDeps({ db, tableName: historyTable, files, seal, logger: silentLogger, localIssuer: issuer, verifier });
  await seedDemoData({ accounts: base.accounts, calendars: base.calendars, catalogue: base.catalogue });
  const seeded = await seedDemoHistory({ db, tableName: historyTable, files, seal, casesPerTownship: 30, today: new Date(), logger: silentLogger });
  const fiveDaysAgo = composeDeps({
    db,
    tableName: historyTable,
    files,
    seal,
    logger: silentLogger,
    localIssuer: issuer,
    verifier,
    now: () => new Date(Date.now() - 5 * 86_400_000),
  });
  await casesInEveryQueue({ app: createApp(base), earlier: createApp(fiveDaysAgo), catalogue: base.catalogue, sign });
  const listed = (await Promise.all(['qingshi', 'baihe', 'liulin'].map((t) => base.intake.cases.listByTownship(t, CASE_STATES, 500)))).flat();
  const templates = (await Promise.all(listed.map((r) => base.intake.cases.get(r.caseId)))).filter((c): c is Case => c !== undefined);
  // Finished for good: nothing left to hand out, answer or check.
  const finished = templates.filter((c) => isTerminal(c.state) && !workQueueOf(c) && !indexedCheckOn(c, isWatchedBySweep(c.state)));
  const calendar = await base.deadlines.calendar();
  const today = chinaDateOf(new Date());

  const current: Case[] = Array.from({ length: CURRENT }, (_, i) => shifted(templates[i % templates.length]!, -((i * 7) % 150), `scale-${i}`));
  const older: Case[] = Array.from({ length: LARGE - CURRENT }, (_, i) =>
    shifted(finished[i % finished.length]!, -(160 + ((i * 13) % HISTORY_DAYS)), `old-${i}`),
  );
  const due = current.filter((c) => (indexedCheckOn(c, isWatchedBySweep(c.state)) ?? '9999') <= today);

  const { db: counted, calls } = counting(endpoint);
  const sizes = [
    { size: CURRENT, cases: current },
    { size: LARGE, cases: [...current, ...older] },
  ].map(({ size, cases }) => {
    const tableName = `scale-${size}-${randomUUID().slice(0, 6)}`;
    const deps = composeDeps({ db: counted, tableName, logger: silentLogger, localIssuer: issuer, verifier, files, seal });
    return { size, cases, tableName, deps, app: createApp(deps), store: createDynamoCaseStore(db, tableName), seedMs: 0 };
  });
  for (const s of sizes) {
    const started = performance.now();
    // No stream on these two: DynamoDB Local's slows every request on a table as its records pile up
    // (about 1.3× at 20,000 on reads that never touch it), which DynamoDB's does not; nothing here reads it.
    await ensureTable(db, s.tableName, { stream: false });
    await seedDemoData({ accounts: s.deps.accounts, calendars: s.deps.calendars, catalogue: s.deps.catalogue });
    await s.store.importMany(
      s.cases.map((c) => ({ case: c, events: [] })),
      { lookups: true },
    );
    await writeBuckets(db, s.tableName, s.cases, calendar);
    s.seedMs = performance.now() - started;
  }
  /** The current cases as imported, with none of the events a sweep wrote on them: the same due cases for the next run. */
  const reset = async (s: (typeof sizes)[number]) => {
    await s.store.importMany(
      current.map((c) => ({ case: c, events: [] })),
      { lookups: false },
    );
    for (const c of due) {
      const { Items = [] } = await db.send(
        new QueryCommand({
          TableName: s.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :events)',
          ExpressionAttributeValues: { ':pk': caseKeys.case(c.caseId).pk, ':events': caseKeys.eventPrefix },
          ProjectionExpression: 'pk, sk',
        }),
      );
      for (let i = 0; i < Items.length; i += 25) {
        const keys = Items.slice(i, i + 25).map((k) => ({ DeleteRequest: { Key: { pk: k.pk, sk: k.sk } } }));
        await db.send(new BatchWriteCommand({ RequestItems: { [s.tableName]: keys } }));
      }
    }
  };

  // Who reads what: the busiest of each list, so that each reads a full page where it can.
  const township = busiest(
    current.filter((c) => (PENDING_STATES as readonly string[]).includes(c.state)),
    (c) => c.townshipId,
  )!;
  const resident = busiest(current, (c) => c.applicantUserId)!;
  // An open case the sweep leaves alone (its next look is later), so its history is the same at both sizes.
  const lookedUp =
    current.find((c) => c.state === 'under_review' && (indexedCheckOn(c, true) ?? '') > today) ??
    current.find((c) => !indexedCheckOn(c, isWatchedBySweep(c.state)))!;
  const supervisor: Principal = { userId: 'u-supervisor', role: 'supervisor', name: '吴刚', countyId: 'qingshan' };
  const reads: { name: string; path: string; as?: Principal }[] = [
    // A page of 10 at both sizes (the resident has more cases in the larger table: older ones).
    { name: 'my cases (a page of 10)', path: '/api/cases?limit=10', as: { userId: resident, role: 'resident', name: '张明' } },
    {
      name: "clerk's list (pending states)",
      path: '/api/cases',
      as: { userId: 'u-clerk', role: 'clerk', name: '陈静', countyId: 'qingshan', townshipId: township },
    },
    ...WORK_QUEUES.flatMap((queue) => {
      const owner = QUEUE_OWNERS[queue];
      const inQueue = current.filter((c) => workQueueOf(c)?.queue === queue);
      const ownerId = busiest(inQueue, (c) => workQueueOf(c)?.ownerId);
      if (!ownerId) return [];
      const sample = inQueue.find((c) => workQueueOf(c)?.ownerId === ownerId)!;
      const as: Principal = {
        userId: `u-${queue}`,
        role: owner.role,
        name: '赵磊',
        countyId: 'qingshan',
        ...(owner.role === 'county_officer' ? {} : { townshipId: sample.townshipId }),
        ...(owner.by === 'officeId' ? { officeId: ownerId } : {}),
      };
      return [{ name: `work queue: ${queue}`, path: `/api/work/queues/${queue}`, as }];
    }),
    { name: 'county drill-down (open cases)', path: '/api/county/dashboard/cases', as: supervisor },
    { name: 'progress lookup', path: `/api/cases/lookup?code=${lookedUp.queryCode}&phoneLast4=${lookedUp.applicant.phone.slice(-4)}` },
    { name: 'county dashboard (half a year)', path: '/api/county/dashboard', as: supervisor },
  ];

  const rows: { name: string; times: [number[], number[]]; calls: string[]; rows: number[] }[] = [];
  for (const read of reads) {
    const headers = read.as ? { authorization: `Bearer ${await sign(read.as)}` } : undefined;
    const request = async (s: (typeof sizes)[number]) => {
      const res = await s.app.request(read.path, headers ? { headers } : {});
      if (res.status !== 200) throw new Error(`${read.name}: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { items?: unknown[] };
      return body.items?.length ?? 1;
    };
    const row = { name: read.name, times: [[], []] as [number[], number[]], calls: [] as string[], rows: [] as number[] };
    for (const s of sizes) {
      row.rows.push(await request(s));
      row.calls.push(await calls(() => request(s)));
    }
    for (let i = 0; i < ROUNDS; i++) {
      // Interleaved, each size first every other round.
      for (const k of i % 2 ? [1, 0] : [0, 1]) {
        const t0 = performance.now();
        await request(sizes[k]!);
        row.times[k as 0 | 1].push(performance.now() - t0);
      }
    }
    rows.push(row);
  }

  // The sweep: the same due cases at both sizes, each run from the state as imported; runs alternate.
  const sweepRuns: [number[], number[]] = [[], []];
  const sweepCalls: string[] = [];
  let scanned = 0;
  for (let run = 0; run < 3; run++) {
    for (const [k, s] of sizes.entries()) {
      await reset(s);
      const t0 = performance.now();
      const sweepOnce = () => sweepDeadlines(composeDeadlineDeps({ db: counted, tableName: s.tableName }));
      if (run === 0) sweepCalls.push(await calls(async () => (scanned = (await sweepOnce()).scanned)));
      else await sweepOnce();
      sweepRuns[k as 0 | 1].push(performance.now() - t0);
    }
  }
  // One more run, untimed, with each write's capacity worked out (test/support/dynamo-capacity-counter.ts).
  await reset(sizes[0]!);
  const capacity = countDynamoCapacity(counted, { reader: db, tableName: sizes[0]!.tableName });
  const { result: looked, capacity: used } = await capacity.measure(() => sweepDeadlines(composeDeadlineDeps({ db: counted, tableName: sizes[0]!.tableName })));
  capacity.remove();

  console.log(
    `\n6. Every list, the lookup, the dashboard and the sweep over ${CURRENT.toLocaleString('en')} and ${LARGE.toLocaleString('en')} cases (the same open work; 19,000 finished ones added)`,
  );
  console.log(
    `  templates: ${templates.length} cases of a seeded history (made in ${(seeded.ms / 1000).toFixed(1)} s), ${finished.length} of them finished; tables seeded in ${(sizes[0]!.seedMs / 1000).toFixed(1)} s and ${(sizes[1]!.seedMs / 1000).toFixed(1)} s`,
  );
  const timings: Timing[] = [];
  for (const row of rows) {
    for (const [k, s] of sizes.entries()) {
      const ms = median(row.times[k as 0 | 1]);
      timings.push({ name: `${row.name}, ${s.size.toLocaleString('en')}`, opsPerSec: 1000 / ms, medianUs: ms * 1000 });
    }
  }
  for (const [k, s] of sizes.entries()) {
    const ms = median(sweepRuns[k as 0 | 1]);
    timings.push({ name: `deadline sweep, ${s.size.toLocaleString('en')} (${scanned} due; median of 3 runs)`, opsPerSec: 1000 / ms, medianUs: ms * 1000 });
  }
  printTable('6. Median per request (interleaved), and per sweep run', timings);
  console.log(
    `\n  ${'20,000 vs 1,000 cases (median; target ≤ 1.2×)'.padEnd(40)} ${'ratio'.padStart(6)} ${'rows'.padStart(5)}  DynamoDB calls per request (1,000 → 20,000)`,
  );
  for (const row of rows) {
    const ratio = median(row.times[1]) / median(row.times[0]);
    console.log(
      `  ${row.name.padEnd(40)} ${ratio.toFixed(2).padStart(5)}× ${String(row.rows[0]).padStart(5)}  ${row.calls[0]}${row.calls[1] === row.calls[0] ? '' : ` → ${row.calls[1]}`}`,
    );
  }
  console.log(
    `  ${'deadline sweep'.padEnd(40)} ${(median(sweepRuns[1]) / median(sweepRuns[0])).toFixed(2).padStart(5)}× ${String(scanned).padStart(5)}  ${sweepCalls[0]}${sweepCalls[1] === sweepCalls[0] ? '' : ` → ${sweepCalls[1]}`}`,
  );
  const per = (n: number) => (n / looked.scanned).toFixed(1);
  console.log(
    `  a look by the sweep: ${per(used.write.total)} WCU and ${per(used.read.total)} RCU a case (${looked.scanned} due, ${looked.changed} changed: a card or a limit on the record; ${looked.scanned - looked.changed - looked.conflicts} rescheduled)`,
  );
  db.destroy();
  counted.destroy();
}
