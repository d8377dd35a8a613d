/**
 * 7. One case's whole life in DynamoDB capacity units: an online application with three scanned
 * materials, accepted at the counter, taken and proposed by the reviewer, decided under the seal,
 * handed out at the window (which completes it) and rated by the applicant. Every call asks for
 * its consumed capacity (`ReturnConsumedCapacity: INDEXES`, set by an SDK middleware), and the
 * units DynamoDB Local reports are summed per step: the API's, then the stream consumers' (the
 * county's figures and the applicant's messages) for the same life. The total is set against the
 * minimum the access patterns need, worked out beside the key scheme (CASE_LIFE_MINIMUM).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../functions/adapters/dynamodb/client.js';
import { ensureTable } from '../functions/adapters/dynamodb/create-table.js';
import { CASE_LIFE_MINIMUM, caseKeys } from '../functions/adapters/dynamodb/key-scheme.js';
import { createLocalIssuer } from '../functions/adapters/local/local-issuer.js';
import { createTableStreamReader } from '../functions/adapters/local/table-stream-reader.js';
import { createLogNotifier } from '../functions/adapters/log-notifier.js';
import { composeDeps, composeStreamStatsDeps } from '../functions/compose.js';
import { createDynamoOutbox } from '../functions/adapters/dynamodb/outbox-store.js';
import { DEMO_ACCOUNTS } from '../functions/demo/accounts.js';
import { seedDemoData } from '../functions/demo/seed.js';
import { createApp } from '../functions/http/app.js';
import { createTokenVerifier } from '../functions/http/auth/token-verifier.js';
import { silentLogger } from '../functions/http/logger.js';
import { processStreamRecords } from '../functions/stream/process-stream-records.js';
import { sampleBytes } from '../test/support/sample-files.js';
import { countDynamoCapacity, sumCapacity, type CapacityRecord } from '../test/support/dynamo-capacity-counter.js';
import { itemSize } from '../test/support/dynamo-item-size.js';

const ANSWERS = { applicantName: '张明', idNumber: '11010519491231002X', phone: '13800138000', address: '青石镇青石村 3 组 12 号' };
const GRANT = { outcome: 'grant', reasons: ['申请人年满80周岁，户籍在本镇，符合发放条件'], legalBasis: ['《青山县高龄津贴发放管理办法》第五条'] };

export interface StepCost {
  step: string;
  capacity: CapacityRecord;
  /** Size of the case item after the step, bytes as DynamoDB counts them. */
  caseBytes?: number;
}

export async function runCaseLife(
  endpoint: string,
  lives = 3,
): Promise<{ steps: StepCost[]; total: CapacityRecord; consumers: CapacityRecord; tableName: string; caseId: string }> {
  const db = createDocumentClient({ region: 'local', endpoint });
  const tableName = `life-${randomUUID().slice(0, 6)}`;
  await ensureTable(db, tableName);
  const issuer = await createLocalIssuer({ issuer: 'http://localhost/local-issuer' });
  const deps = composeDeps({
    db,
    tableName,
    logger: silentLogger,
    localIssuer: issuer,
    verifier: createTokenVerifier({ issuer: issuer.issuer, audiences: [issuer.audience], keys: issuer.keySet }),
    files: { kind: 'local', dir: mkdtempSync(join(tmpdir(), 'bench-life-files-')), secret: 'x' },
    seal: { kind: 'local', dir: mkdtempSync(join(tmpdir(), 'bench-life-seal-')) },
  });
  await seedDemoData({ accounts: deps.accounts, calendars: deps.calendars, catalogue: deps.catalogue });
  const app = createApp(deps);

  // The stream consumers on a client of their own, so their units are told apart from the API's.
  const consumerDb = createDocumentClient({ region: 'local', endpoint });
  const statistics = composeStreamStatsDeps({ db: consumerDb, tableName });
  const outbox = createDynamoOutbox(consumerDb, tableName);
  const stream = createTableStreamReader({
    db: consumerDb,
    endpoint,
    tableName,
    handle: (records) =>
      processStreamRecords(records, {
        logger: silentLogger,
        outbox,
        notifier: createLogNotifier(silentLogger),
        now: () => new Date(),
        statistics,
      }),
  });
  const drain = async () => {
    while ((await stream.pollOnce()) > 0);
  };
  await drain();

  const tokens = new Map<string, string>();
  const tokenFor = async (username: string) => {
    if (!tokens.has(username)) {
      const { username: _u, ...principal } = DEMO_ACCOUNTS.find((a) => a.username === username)!;
      tokens.set(username, (await issuer.sign(principal)).token);
    }
    return tokens.get(username)!;
  };
  // As the web app calls: an Idempotency-Key on the submission only (a step carries the version it was read at).
  const call = async (as: string, method: string, path: string, body?: unknown, expected = 200) => {
    const res = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${await tokenFor(as)}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(path === '/api/cases' ? { 'idempotency-key': `life-${randomUUID()}` } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as any;
  };
  const upload = async () => {
    const ticket = await call('resident', 'POST', '/api/files/uploads', { name: 'scan.jpg', contentType: 'image/jpeg', size: 200_000 }, 201);
    const put = await app.request(ticket.uploadUrl, {
      method: 'PUT',
      headers: { ...ticket.headers, authorization: `Bearer ${await tokenFor('resident')}` },
      body: sampleBytes('image/jpeg', 200_000),
    });
    if (put.status !== 200) throw new Error(`upload ${put.status}`);
    return ticket.fileId as string;
  };
  const caseBytes = async (caseId: string) =>
    itemSize((await db.send(new GetCommand({ TableName: tableName, Key: caseKeys.case(caseId), ConsistentRead: true }))).Item ?? {});

  // Each counter reads the items a write touches before and after it on a client of its own (transactions: see the counter).
  const api = countDynamoCapacity(db, { reader: createDocumentClient({ region: 'local', endpoint }), tableName });
  const consumers = countDynamoCapacity(consumerDb, { reader: createDocumentClient({ region: 'local', endpoint }), tableName });
  let steps: StepCost[] = [];
  let caseId = '';
  let projectingAll = 0;
  let consumed = sumCapacity();
  for (let life = 0; life < lives; life++) {
    // Warm-up lives first (caches, connections); the last one is reported.
    steps = [];
    await drain();
    consumers.reset();
    const allBefore = api.writeUnitsProjectingAll;
    let c: { caseId: string; version: number } = { caseId: '', version: 0 };
    const step = async (name: string, run: () => Promise<unknown>) => {
      const { capacity } = await api.measure(run);
      steps.push({ step: name, capacity, ...(c.caseId ? { caseBytes: await caseBytes(c.caseId) } : {}) });
    };
    const act =
      (as: string, path: string, body: Record<string, unknown> = {}) =>
      async () => {
        c = (await call(as, 'POST', `/api/cases/${c.caseId}/${path}`, { version: c.version, ...body })).case;
      };
    const fileIds: string[] = [];
    await step('upload 3 scanned materials', async () => {
      for (let i = 0; i < 3; i++) fileIds.push(await upload());
    });
    await step('submit online', async () => {
      const materials = ['idCard', 'hukou', 'bankCard'].map((materialId, i) => ({ materialId, fileIds: [fileIds[i]!] }));
      c = (
        await call('resident', 'POST', '/api/cases', { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers: ANSWERS, materials, checkDuplicate: true }, 201)
      ).case;
    });
    await step('accept (clerk)', act('clerk', 'accept', { deferred: [] }));
    await step('take (reviewer)', act('reviewer', 'take'));
    await step('propose (reviewer)', act('reviewer', 'propose', GRANT));
    await step('decide (approver, sealed)', act('approver', 'decide', GRANT));
    await step('deliver at the window', act('clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '张明', idChecked: true } }));
    await step('rate (applicant)', act('resident', 'rate', { grade: 'very_satisfied' }));
    caseId = c.caseId;
    projectingAll = api.writeUnitsProjectingAll - allBefore;
    await drain();
    consumed = consumers.all;
  }
  api.remove();
  consumers.remove();
  db.destroy();
  consumerDb.destroy();

  const total = sumCapacity(...steps.map((s) => s.capacity));
  const indexes = ['gsi1', 'gsi2', 'gsi3', 'gsi4'];
  const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  const row = (name: string, cap: CapacityRecord, bytes?: number) =>
    `  ${name.padEnd(30)} ${String(cap.calls).padStart(5)} ${n(cap.write.table).padStart(6)} ${indexes.map((i) => n(cap.write.indexes[i] ?? 0).padStart(5)).join(' ')} ${n(cap.write.total).padStart(6)} ${n(cap.read.total).padStart(6)} ${bytes === undefined ? '' : `${(bytes / 1024).toFixed(2).padStart(6)} KB`}`;
  console.log('\n7. One case’s life in DynamoDB capacity units (ReturnConsumedCapacity: INDEXES on every call, as DynamoDB Local reports them)');
  console.log(
    `  ${'step'.padEnd(30)} ${'calls'.padStart(5)} ${'WCU:tbl'.padStart(6)} ${indexes.map((i) => i.padStart(5)).join(' ')} ${'WCU'.padStart(6)} ${'RCU'.padStart(6)} case item`,
  );
  for (const s of steps) console.log(row(s.step, s.capacity, s.caseBytes));
  console.log(row('the API, whole life', total));
  console.log(row('consumers (figures, messages)', consumed));
  const all = sumCapacity(total, consumed);
  console.log(row('whole life with its consumers', all));
  const check = [api.check, consumers.check];
  const disagreements = check.flatMap((c) => c.disagreements);
  console.log(
    `  transactions' units worked out from the items before and after (DynamoDB Local sums a transaction's items of equal size once); the same reckoning agrees with DynamoDB Local on ${check.reduce((n, c) => n + c.checked, 0) - disagreements.length} of ${check.reduce((n, c) => n + c.checked, 0)} single writes${disagreements.length ? `:\n    ${disagreements.join('\n    ')}` : ''}`,
  );
  console.log(`  the same life, had every index projected whole items (as before the lean indexes): ${projectingAll} WCU in the API`);
  const min = CASE_LIFE_MINIMUM;
  console.log(
    `  minimum its access patterns need (key-scheme.ts): ${min.api.writeUnits} WCU + ${min.api.readUnits} RCU in the API, ${min.consumers.writeUnits} WCU + ${min.consumers.readUnits} RCU in the consumers`,
  );
  console.log(
    `  ratio to the minimum: API writes ${(total.write.total / min.api.writeUnits).toFixed(2)}×, reads ${(total.read.total / min.api.readUnits).toFixed(2)}×; with the consumers, writes ${(all.write.total / (min.api.writeUnits + min.consumers.writeUnits)).toFixed(2)}×, reads ${(all.read.total / (min.api.readUnits + min.consumers.readUnits)).toFixed(2)}× (target ≤ 1.5×)`,
  );
  return { steps, total, consumers: consumed, tableName, caseId };
}
