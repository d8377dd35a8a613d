import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../functions/core/auth/principal.js';
import { sampleBytes } from '../test/support/sample-files.js';
import { benchEndpointCalls, rawCalls, type EndpointCase } from './endpoint-calls.js';

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

const RESIDENT: Principal = { userId: 'u-resident-1', role: 'resident', name: '张明' };
const CLERK: Principal = { userId: 'u-clerk-qs', role: 'clerk', name: '陈静', countyId: 'qingshan', townshipId: 'qingshi' };
const ANSWERS = { applicantName: '张明', idNumber: '11010519491231002X', phone: '13800138000', address: '青石村' };

/**
 * Section 4b of the bench: the resident's 8 cases, a walk-in accepted at the counter, and the
 * writes (submit, accept, correction) on fresh cases, each beside its raw DynamoDB floor.
 */
export async function benchEndpoints(options: { app: App; db: DynamoDBDocumentClient; tableName: string; sign: (p: Principal) => Promise<string> }) {
  const { app, db, tableName } = options;
  const tokens = { resident: await options.sign(RESIDENT), clerk: await options.sign(CLERK) };
  let keys = 0;
  // As the web app calls: an Idempotency-Key on a submission only (a step carries the version it was read at).
  const call = async (method: string, path: string, as: keyof typeof tokens, body?: unknown, expected = 200) => {
    const res = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${tokens[as]}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(method === 'POST' && path === '/api/cases' ? { 'idempotency-key': `bench-${Date.now()}-${++keys}` } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as any;
  };
  const upload = async () => {
    const ticket = await call('POST', '/api/files/uploads', 'resident', { name: 'scan.jpg', contentType: 'image/jpeg', size: 2048 }, 201);
    const put = await app.request(ticket.uploadUrl, {
      method: 'PUT',
      headers: { ...ticket.headers, authorization: `Bearer ${tokens.resident}` },
      body: sampleBytes('image/jpeg', 2048),
    });
    if (put.status !== 200) throw new Error(`upload ${put.status}`);
    return ticket.fileId as string;
  };
  const submitOnline = async () => {
    const materials = [];
    for (const materialId of ['idCard', 'hukou', 'bankCard']) materials.push({ materialId, fileIds: [await upload()] });
    return (await call('POST', '/api/cases', 'resident', { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers: ANSWERS, materials }, 201)).case;
  };
  const walkIn = () =>
    call(
      'POST',
      '/api/cases',
      'clerk',
      { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers: ANSWERS, originalsChecked: ['idCard', 'hukou', 'bankCard'] },
      201,
    ).then((r) => r.case);

  for (let i = 0; i < 8; i++) await submitOnline();
  const accepted = await walkIn();
  const acceptedNow = (await call('POST', `/api/cases/${accepted.caseId}/accept`, 'clerk', { version: accepted.version, deferred: [] })).case;

  const rounds = 100;
  // Fresh cases for the writes: one per run (3 warm-up + 1 counted + the rounds).
  const toAccept: { caseId: string; version: number }[] = [];
  const toCorrect: { caseId: string; version: number }[] = [];
  for (let i = 0; i < rounds + 4; i++) {
    toAccept.push(await walkIn());
    toCorrect.push(await walkIn());
  }
  const raw = rawCalls(db, tableName);
  // What a step writes, copied from the walk-in accepted above: the case, its events (a walk-in's
  // submission and 3 originals checked; the acceptance), a message, the idempotency record of a submission.
  const caseItem = (await raw.get(`CASE#${acceptedNow.caseId}`, 'CASE')).Item!;
  const caseEvents = (await raw.query(`CASE#${acceptedNow.caseId}`)).Items!.filter((i) => String(i.sk).startsWith('EVENT#'));
  const eventItem = caseEvents.at(-1)!;
  const messages = (await raw.query('OUTBOX#qingshan')).Items!.filter((m) => m.caseId === accepted.caseId);
  const messageItem = messages[0]!;
  const answer = {
    type: 'idempotency',
    status: 'done',
    response: { status: 201, contentType: 'application/json', body: JSON.stringify({ case: acceptedNow }) },
  };

  const cases: EndpointCase[] = [
    {
      name: 'my cases (8 cases)',
      endpoint: () => call('GET', '/api/cases', 'resident'),
      raw: () => raw.query('APPLICANT#u-resident-1', { name: 'gsi2', pk: 'gsi2pk' }).then(() => undefined),
      rawCalls: 1,
    },
    {
      name: 'clerk queue (pending states)',
      endpoint: () => call('GET', '/api/cases', 'clerk'),
      raw: async () => {
        await Promise.all(['submitted', 'correction_required'].map((s) => raw.query(`TOWNSHIP#qingshi#STATE#${s}`, { name: 'gsi1', pk: 'gsi1pk' })));
      },
      rawCalls: 2,
    },
    {
      name: 'case detail',
      endpoint: () => call('GET', `/api/cases/${acceptedNow.caseId}`, 'clerk'),
      raw: () => raw.query(`CASE#${acceptedNow.caseId}`).then(() => undefined),
      rawCalls: 1,
    },
    {
      name: 'progress lookup',
      endpoint: () => call('GET', `/api/cases/lookup?code=${acceptedNow.queryCode}&phoneLast4=8000`, 'clerk'),
      // The guess limiter's counts are calls it needs: a guess is counted (by address and by code)
      // before any answer goes out, so a burst of guesses all count, and a right one is given back.
      raw: async () => {
        await Promise.all([raw.counter('lookup-address'), raw.counter('lookup-code'), raw.get(`QUERYCODE#${acceptedNow.queryCode}`, 'QUERYCODE')]);
        await Promise.all([raw.query(`CASE#${acceptedNow.caseId}`), raw.counter('lookup-address'), raw.remove('BENCHSERIAL#lookup-code', 'SERIAL')]);
      },
      rawCalls: 6,
    },
    {
      name: 'accept',
      endpoint: (i) => call('POST', `/api/cases/${toAccept[i]!.caseId}/accept`, 'clerk', { version: toAccept[i]!.version, deferred: [] }),
      raw: async (i) => {
        await raw.get(`CASE#${toAccept[i]!.caseId}`, 'CASE');
        await raw.transact(`accept-${i}`, [caseItem, eventItem, messageItem]);
      },
      rawCalls: 2,
    },
    {
      name: 'require correction',
      endpoint: (i) =>
        call('POST', `/api/cases/${toCorrect[i]!.caseId}/correction`, 'clerk', {
          version: toCorrect[i]!.version,
          items: [{ materialId: 'hukou', problem: '户口簿复印件不清晰' }],
        }),
      raw: async (i) => {
        await raw.get(`CASE#${toCorrect[i]!.caseId}`, 'CASE');
        await raw.transact(`correct-${i}`, [caseItem, eventItem, messageItem]);
      },
      rawCalls: 2,
    },
    {
      name: 'submit (counter walk-in)',
      endpoint: () => walkIn(),
      raw: async (i) => {
        // Is the key new (a submission carries no version), while the item's offerings are read (a
        // recall applies at once); then the number, then the case, its query code, number and
        // open-application pointers, its events, messages and the key's record with the answer.
        await Promise.all([raw.get(`IDEMPOTENCY#bench#${i}`, 'IDEMPOTENCY'), raw.query('ITEM#MZ-GG-0003')]);
        await raw.counter('bench');
        const pointer = { type: 'pointer', caseId: acceptedNow.caseId };
        await raw.transact(`submit-${i}`, [caseItem, pointer, pointer, pointer, ...caseEvents.slice(0, 4), messageItem, answer]);
      },
      rawCalls: 4,
    },
  ];
  return benchEndpointCalls(db, cases, rounds);
}
