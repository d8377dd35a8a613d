/**
 * `npm run bench`: speed and memory figures of the hot paths, with the baselines measured side by
 * side in the same run (our machines are shared and noisy, so only same-run ratios mean much).
 *   1. the working-day clock against a naive Date-per-day walk;
 *   2. the case clock with and without its explanation;
 *   3. audit-chain verification;
 *   4. the API in process over DynamoDB Local: due-date calculator, catalogue list, progress lookup;
 *   4b. each endpoint's DynamoDB calls (counted) and its median against the raw calls it needs;
 *   5. memory held by the working calendar of every year the seed data knows;
 *   6. every list, the lookup, the dashboard and the sweep with 1,000 and 20,000 cases (bench/county-scale.ts);
 *   7. one case's life in DynamoDB capacity units against its minimum (bench/case-life.ts).
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chineseDaysCalendarYears } from '../functions/adapters/chinese-days/calendar-years.js';
import { createDocumentClient } from '../functions/adapters/dynamodb/client.js';
import { ensureTable } from '../functions/adapters/dynamodb/create-table.js';
import { createLocalIssuer } from '../functions/adapters/local/local-issuer.js';
import { toDayNumber, toIsoDate } from '../functions/core/calendar/day-number.js';
import { createWorkingCalendar } from '../functions/core/calendar/working-calendar.js';
import { GENESIS_HASH, sealEvent, verifyChain, type CaseEvent } from '../functions/core/case/case-event.js';
import { addWorkingDays } from '../functions/core/clock/add-working-days.js';
import { computeCaseClock } from '../functions/core/clock/case-clock.js';
import { composeDeps } from '../functions/compose.js';
import { seedDemoData } from '../functions/demo/seed.js';
import { createApp } from '../functions/http/app.js';
import { createTokenVerifier } from '../functions/http/auth/token-verifier.js';
import { silentLogger } from '../functions/http/logger.js';
import { startDynamoDbLocal } from '../scripts/lib/dynamodb-local.js';
import { measureAsync, measureSync, printRatio, printTable } from './measure.js';
import { naiveAddWorkingDays } from './naive-clock.js';
import { runCountyScale } from './county-scale.js';
import { benchEndpoints } from './endpoints.js';
import { runCaseLife } from './case-life.js';

const years = chineseDaysCalendarYears(new Date().toISOString());
const calendar = createWorkingCalendar(years);
const holidays = new Set(years.flatMap((y) => y.holidays));
const makeup = new Set(years.flatMap((y) => y.makeupWorkdays));
const starts = Array.from({ length: 365 }, (_, i) => toIsoDate(toDayNumber('2025-01-01') + i));
const startDays = starts.map(toDayNumber);

console.log(`one-window intake benchmarks — node ${process.version}, ${new Date().toISOString()}`);

// 1. Working-day clock
const ours = measureSync('addWorkingDays(20) — day numbers + Set lookups', 20_000, (i) => addWorkingDays(calendar, startDays[i % 365]!, 20));
const naive = measureSync('naive: Date per day + ISO string keys', 20_000, (i) => naiveAddWorkingDays(starts[i % 365]!, 20, holidays, makeup));
for (let i = 0; i < 365; i++) {
  // Same answers, or the comparison means nothing.
  if (toIsoDate(addWorkingDays(calendar, startDays[i]!, 20).day) !== naiveAddWorkingDays(starts[i]!, 20, holidays, makeup)) {
    throw new Error(`clock and baseline disagree from ${starts[i]}`);
  }
}
printTable('1. Working-day clock (20 working days, every start date of 2025)', [ours, naive]);
printRatio('ours vs naive', ours, naive);

// 2. Case clock
const input = (i: number) => ({
  acceptedOn: starts[i % 365]!,
  caseType: 'promised' as const,
  promisedLimit: 15,
  legalLimit: 30,
  today: starts[(i + 10) % 365]!,
  suspensions: [{ start: starts[(i + 3) % 365]!, end: starts[(i + 6) % 365]!, reason: 'site_survey' }],
});
const bare = measureSync('computeCaseClock, no explanation (sweep path)', 10_000, (i) => computeCaseClock(input(i), calendar, { explain: false }));
const explained = measureSync('computeCaseClock with bilingual explanation', 2_000, (i) => computeCaseClock(input(i), calendar));
printTable('2. Case clock', [bare, explained]);
printRatio('explanation off vs on', bare, explained);

// 3. Audit chain
const events: CaseEvent[] = [];
let prev = GENESIS_HASH;
for (let seq = 1; seq <= 1000; seq++) {
  const e = sealEvent(
    {
      caseId: 'c',
      seq,
      action: 'record_original',
      at: new Date(seq * 1000).toISOString(),
      actor: { userId: 'u', role: 'clerk', name: '陈静' },
      fromState: 'submitted',
      toState: 'submitted',
      public: false,
      data: { materialId: `m${seq}` },
    },
    prev,
  );
  events.push(e);
  prev = e.hash;
}
const verify = measureSync('verifyChain over 1,000 events', 20, () => verifyChain('c', events, { lastEventSeq: 1000, lastEventHash: prev }), 3);
printTable('3. Audit chain', [verify]);

// 4. API over DynamoDB Local
const dynamo = await startDynamoDbLocal();
try {
  const db = createDocumentClient({ region: 'local', endpoint: dynamo.endpoint });
  const tableName = `bench-${randomUUID().slice(0, 8)}`;
  await ensureTable(db, tableName);
  const localIssuer = await createLocalIssuer({ issuer: 'http://localhost/local-issuer' });
  const verifier = createTokenVerifier({ issuer: localIssuer.issuer, audiences: [localIssuer.audience], keys: localIssuer.keySet });
  const files = { kind: 'local' as const, dir: mkdtempSync(join(tmpdir(), 'bench-files-')), secret: 'bench' };
  const deps = composeDeps({
    db,
    tableName,
    verifier,
    logger: silentLogger,
    localIssuer,
    files,
    seal: { kind: 'local', dir: mkdtempSync(join(tmpdir(), 'bench-seal-')) },
  });
  await seedDemoData({ accounts: deps.accounts, calendars: deps.calendars, catalogue: deps.catalogue });
  const app = createApp(deps);
  const token = (await localIssuer.sign({ userId: 'u-clerk-qs', role: 'clerk', name: '陈静', countyId: 'qingshan', townshipId: 'qingshi' })).token;
  const walkIn = await app.request('/api/cases', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'bench-walk-in-1' },
    body: JSON.stringify({
      itemCode: 'MZ-GG-0003',
      townshipId: 'qingshi',
      answers: { applicantName: '张明', idNumber: '11010519491231002X', phone: '13800138000', address: '青石村' },
      originalsChecked: ['idCard', 'hukou', 'bankCard'],
      acceptNow: { deferred: [] },
    }),
  });
  const { case: c } = (await walkIn.json()) as { case: { queryCode: string } };

  const get =
    (path: string, auth = false) =>
    async () => {
      const res = await app.request(path, auth ? { headers: { authorization: `Bearer ${token}` } } : {});
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      await res.arrayBuffer();
    };
  const rows = [
    await measureAsync('GET /api/health (framework floor)', 300, get('/api/health')),
    await measureAsync('GET /api/calendar/due-date (reads calendar years)', 200, (i) =>
      get(`/api/calendar/due-date?acceptedOn=${starts[i % 365]}&workingDays=20`)(),
    ),
    await measureAsync('GET /api/catalogue/items?township=qingshi (17 items)', 100, get('/api/catalogue/items?township=qingshi')),
    await measureAsync('GET /api/cases/lookup (query code + phone, 3 reads)', 200, get(`/api/cases/lookup?code=${c.queryCode}&phoneLast4=8000`)),
    await measureAsync('GET /api/cases (clerk queue, token verified)', 100, get('/api/cases?state=under_review', true)),
  ];
  printTable('4. API in process over DynamoDB Local (sequential requests)', rows);
  printRatio('health vs due-date (cost of the storage reads)', rows[0]!, rows[1]!);
  await benchEndpoints({ app, db, tableName, sign: (p) => localIssuer.sign(p).then((s) => s.token) });
  db.destroy();
  await runCountyScale(dynamo.endpoint);
  await runCaseLife(dynamo.endpoint);
} finally {
  await dynamo.stop();
}

// 5. Memory
globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const kept = Array.from({ length: 20 }, () => createWorkingCalendar(years));
globalThis.gc?.();
const perCalendar = (process.memoryUsage().heapUsed - before) / kept.length;
console.log(
  `\n5. Memory\n  working calendar of ${years.length} years (${years[0]?.year}–${years.at(-1)?.year}): ~${(perCalendar / 1024).toFixed(0)} KiB each${globalThis.gc ? '' : ' (run with --expose-gc for a steadier figure)'}`,
);
console.log(
  `  heap in use at the end: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MiB, rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(1)} MiB`,
);
await (await import('./lambda-bundle.js')).benchLambdaBundle(); // 7. Lambda bundles: code read at init, import against the DynamoDB client alone
await (await import('./web-weight.js')).benchWebWeight(); // 8. Web app JS per first screen and in all
