import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../functions/core/case/case.js';
import { countDynamoCalls, describeCalls, type CallRecord } from '../support/dynamo-call-counter.js';
import { createTestApp } from '../support/test-app.js';
import { APPLICANT, newKey, submitOldAgeAllowance, testClock, upload, type TestApp } from './cases/intake-helpers.js';

/**
 * Each endpoint against its DynamoDB call budget (issue 12), counted by an SDK middleware on the
 * app's own client over DynamoDB Local: a Scan anywhere, or one call over the budget, fails.
 * Fixture: the resident's 8 cases, and 8 cases of a second resident stored before cases carried
 * the names lists show (4 distinct items), all waiting at Qingshi's counter.
 */
let t: TestApp;
let counter: ReturnType<typeof countDynamoCalls>;
const measured: { name: string; record: CallRecord; targets: string[] }[] = [];
const clock = testClock();

type Response = { status: number; text: string; body: any };

async function within(name: string, budget: number, fn: () => Promise<Response>, expectedStatus = 200) {
  const { result, record, targets } = await counter.measure(fn);
  expect(result.status, result.text).toBe(expectedStatus);
  measured.push({ name, record, targets });
  const detail = `${describeCalls(record)}\n  ${targets.join('\n  ')}`;
  expect(record.scans, `${name} scanned: ${detail}`).toBe(0);
  expect(record.total, `${name} over its budget of ${budget}: ${detail}`).toBeLessThanOrEqual(budget);
  return result;
}

beforeAll(async () => {
  t = await createTestApp({ now: clock.now });
  const mine: Case[] = [];
  for (let i = 0; i < 8; i++) {
    const res = await submitOldAgeAllowance(t, 'resident');
    expect(res.status, res.text).toBe(201);
    mine.push(res.body.case);
  }
  // Cases as they were stored before the names were kept on them: other items, no itemName.
  const items = (await t.call('GET', '/api/catalogue/items?township=qingshi')).body.items as { code: string; version: number; offered?: boolean }[];
  const mix = items.filter((i) => i.offered !== false && i.code !== 'MZ-GG-0003').slice(0, 4);
  expect(mix).toHaveLength(4);
  const old = mine.map((c, i): Case => {
    const { itemName: _n, ...rest } = { ...c, ...{ itemName: undefined } };
    return {
      ...(rest as Case),
      caseId: `old-${i}`,
      caseNumber: `OLD-${i}`,
      queryCode: `OLDCASEQ${'ABCDEFGH'[i]}${'ABCDEFGH'[i]}`,
      itemCode: mix[i % 4]!.code,
      itemVersion: mix[i % 4]!.version,
      applicantUserId: 'u-resident-2',
      receivedAt: new Date(Date.parse(c.receivedAt) - 86_400_000).toISOString(),
    };
  });
  await t.deps.intake.cases.importMany(old.map((c) => ({ case: c, events: [] })));
  counter = countDynamoCalls(t.db);
});

describe('DynamoDB call budgets per endpoint', () => {
  it('the counter sees every command the app sends, by operation', async () => {
    const { record } = await counter.measure(() => t.deps.intake.cases.get('no-such-case'));
    expect(record.calls).toEqual(['GetItem']);
  });

  it('my cases (8 cases): one Query', async () => {
    const res = await within('my cases (8)', 1, () => t.call('GET', '/api/cases', { as: 'resident' }));
    expect(res.body.items).toHaveLength(8);
    expect(res.body.items.every((e: { itemName?: unknown }) => e.itemName)).toBe(true);
  });

  it('my cases, 8 stored before names were kept (4 items): one Query plus one read per distinct item', async () => {
    const res = await within('my cases (8 old, 4 items)', 1 + 4, () => t.call('GET', '/api/cases', { as: 'resident2' }));
    expect(res.body.items).toHaveLength(8);
    // Each old case shows its item's name, read from the version alone (not the item's intake view).
    const names = Object.fromEntries(res.body.items.map((e: { itemCode: string; itemName?: { 'zh-CN': string } }) => [e.itemCode, e.itemName?.['zh-CN']]));
    expect(Object.keys(names)).toHaveLength(4);
    for (const name of Object.values(names)) expect(name).toBeTruthy();
    const reads = measured.at(-1)!.targets.filter((x) => x.startsWith('GetItem'));
    expect(new Set(reads).size, 'one read per distinct item').toBe(reads.length);
    // Published versions never change: the next time the process has the names.
    await within('my cases (8 old), again', 1, () => t.call('GET', '/api/cases', { as: 'resident2' }));
  });

  it('clerk queue (16 cases, 5 items): one Query page per state', async () => {
    const res = await within('clerk queue', 2, () => t.call('GET', '/api/cases', { as: 'clerk' }));
    expect(res.body.items).toHaveLength(16);
    await within('clerk queue, one state', 1, () => t.call('GET', '/api/cases?state=submitted', { as: 'clerk' }));
  });

  it('case detail of an old case: case, events, at most the item version', async () => {
    const res = await within('case detail (old case)', 2, () => t.call('GET', '/api/cases/old-5', { as: 'clerk' }));
    expect(res.body.itemName?.['zh-CN']).toBeTruthy();
    const lookup = await within('progress lookup (old case)', 6, () => t.call('GET', '/api/cases/lookup?code=OLDCASEQFF&phoneLast4=8000'));
    expect(lookup.body.itemName?.['zh-CN']).toBe(res.body.itemName['zh-CN']);
  });

  it('submit, accept, case detail, progress lookup, correction', async () => {
    const submitted = await within(
      'submit (counter)',
      4,
      () =>
        t.call('POST', '/api/cases', {
          as: 'clerk',
          headers: { 'idempotency-key': newKey() },
          body: { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers: APPLICANT, originalsChecked: ['idCard', 'hukou', 'bankCard'] },
        }),
      201,
    );
    const c = submitted.body.case as Case;
    // The idempotency record rides in the case's own transaction: no write of its own before or after.
    const { targets } = measured.at(-1)!;
    expect(targets.filter((x) => x.includes('IDEMPOTENCY#')).map((x) => x.split(' ')[0])).toEqual(['GetItem', 'TransactWriteItems']);
    // What lists show is kept on the case when it is created.
    expect(c.itemName?.['zh-CN']).toBeTruthy();
    expect(c.townshipName).toEqual({ 'zh-CN': '青石镇', en: 'Qingshi Town' });
    expect(c.handlingOfficeName?.['zh-CN']).toBeTruthy();
    expect(c.decidingOfficeName?.['zh-CN']).toBeTruthy();

    await within('accept', 2, () =>
      t.call('POST', `/api/cases/${c.caseId}/accept`, { as: 'clerk', headers: { 'idempotency-key': newKey() }, body: { version: c.version, deferred: [] } }),
    );
    const detail = await within('case detail', 1, () => t.call('GET', `/api/cases/${c.caseId}`, { as: 'clerk' }));
    expect(detail.body.clock).toBeDefined();
    // The limiter's counters (by address and by code, before and after) are four of these calls.
    await within('progress lookup', 6, () => t.call('GET', `/api/cases/lookup?code=${c.queryCode}&phoneLast4=8000`));

    const other = (await submitOldAgeAllowance(t, 'resident')).body.case as Case;
    await within('require correction', 2, () =>
      t.call('POST', `/api/cases/${other.caseId}/correction`, {
        as: 'clerk',
        headers: { 'idempotency-key': newKey() },
        body: { version: other.version, items: [{ materialId: 'hukou', problem: '户口簿复印件不清晰' }] },
      }),
    );
  });

  it('the decision from the lookup page: the lookup’s reads, the signed record by its code, one transaction; again without it', async () => {
    const c = (await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case as Case;
    let version = c.version;
    for (const [as, path, body] of [
      ['clerk', 'accept', { deferred: [] }],
      ['reviewer', 'take', {}],
      ['reviewer', 'propose', { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['x'] }],
      ['approver', 'decide', { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['x'] }],
    ] as const) {
      const res = await t.call('POST', `/api/cases/${c.caseId}/${path}`, { as, headers: { 'idempotency-key': newKey() }, body: { version, ...body } });
      expect(res.status, res.text).toBe(200);
      version = res.body.case.version;
    }
    // The decision block reads nothing more: its issuer's name is kept on the case.
    const lookup = await within('lookup with a decision', 6, () => t.call('GET', `/api/cases/lookup?code=${c.queryCode}&phoneLast4=8000`));
    expect(lookup.body.decision.receiveNow).toBe(true);
    const body = { code: c.queryCode, phoneLast4: '8000' };
    const first = await within('decision by query code', 4 + 2 + 1 + 1, () => t.call('POST', '/api/cases/lookup/decision', { body }));
    expect(first.body.recorded).toBe(true);
    const again = await within('decision by query code, again', 4 + 2 + 1, () => t.call('POST', '/api/cases/lookup/decision', { body }));
    expect(again.body.recorded).toBe(false);
  });

  it('submit and accept read the working calendar from the process cache, built once', async () => {
    const built = await t.deps.deadlines.calendar();
    const { targets } = await counter.measure(async () => {
      for (let i = 0; i < 3; i++) {
        const c = (await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] })).body.case as Case;
        const res = await t.call('POST', `/api/cases/${c.caseId}/accept`, {
          as: 'clerk',
          headers: { 'idempotency-key': newKey() },
          body: { version: c.version, deferred: [] },
        });
        expect(res.status, res.text).toBe(200);
      }
    });
    expect(targets.filter((x) => x.includes('CALENDAR'))).toEqual([]);
    expect(await t.deps.deadlines.calendar()).toBe(built);
  });

  it('drafts: one Query page to list, one Get to read, one conditional write per save (a stale one too), one Delete', async () => {
    const path = '/api/drafts/MZ-GG-0003/qingshi';
    const body = (basedOn: number) => ({ basedOn, answers: { applicantName: '张明' }, completed: ['situation'] });
    const first = await within('draft: first save', 1, () => t.call('PUT', path, { as: 'resident', body: body(0) }));
    expect(measured.at(-1)!.record.calls).toEqual(['PutItem']);
    await within('draft: save', 1, () => t.call('PUT', path, { as: 'resident', body: body(first.body.version) }));
    // The refusal carries the stored copy's version and time from the failed write itself: no read after it.
    const stale = await within('draft: stale save (409)', 1, () => t.call('PUT', path, { as: 'resident', body: body(first.body.version) }), 409);
    expect(stale.body.current.version).toBe(2);
    await within('draft: list', 1, () => t.call('GET', '/api/drafts', { as: 'resident' }));
    expect(measured.at(-1)!.record.calls).toEqual(['Query']);
    await within('draft: read', 1, () => t.call('GET', path, { as: 'resident' }));
    await within('draft: delete', 1, () => t.call('DELETE', path, { as: 'resident' }), 204);
  });

  it('submitting online removes the draft inside the case transaction: no call of its own', async () => {
    await t.call('PUT', '/api/drafts/MZ-GG-0003/qingshi', { as: 'resident', body: { basedOn: 0 } });
    const fileIds = [await upload(t, 'resident'), await upload(t, 'resident')];
    // The counter submission's 4, plus a read and an update per attached file (2): the draft adds none.
    await within(
      'submit (online, with a draft)',
      4 + 2 * 2,
      () =>
        t.call('POST', '/api/cases', {
          as: 'resident',
          headers: { 'idempotency-key': newKey() },
          body: {
            itemCode: 'MZ-GG-0003',
            townshipId: 'qingshi',
            answers: APPLICANT,
            materials: [
              { materialId: 'idCard', fileIds: [fileIds[0]] },
              { materialId: 'hukou', fileIds: [fileIds[1]] },
            ],
          },
        }),
      201,
    );
    const { targets } = measured.at(-1)!;
    expect(targets.filter((x) => x.includes('DRAFTS#'))).toEqual([expect.stringMatching(/^TransactWriteItems \[.*Delete DRAFTS#u-resident-1/)]);
    expect((await t.call('GET', '/api/drafts', { as: 'resident' })).body.items).toEqual([]);
  });

  it('prints the measured counts', () => {
    for (const { name, record, targets } of measured) console.log(`${name.padEnd(28)} ${describeCalls(record)}\n    ${targets.join('\n    ')}`);
    expect(measured.length).toBeGreaterThan(0);
    // Not one Scan in anything this file made the app do.
    expect(counter.all.scans).toBe(0);
  });
});
