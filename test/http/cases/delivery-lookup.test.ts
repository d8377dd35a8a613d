import type { z } from '@hono/zod-openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseViewSchema, ProgressSchema } from '../../../functions/http/schemas/case-view-schemas.js';
import { ReceivedDecisionSchema } from '../../../functions/http/schemas/decision-schemas.js';
import { createTestApp } from '../../support/test-app.js';
import { caseActor, grantedCase } from './back-office-helpers.js';
import { APPLICANT, newKey, testClock, type TestApp } from './intake-helpers.js';

/** The answer parses as the published schema says, and parsing keeps every field (none sent that the document leaves out). */
const exactly = (schema: z.ZodTypeAny, body: unknown) => {
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(body);
};

const decision = { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《高龄津贴发放办法》'] };

describe('the result from the lookup page: the applicant with the query code receives the signed decision', () => {
  const clock = testClock('2026-03-02T02:00:00.000Z');
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  /** A walk-in at the Qingshi counter (no account: the applicant has the acceptance notice's query code), accepted at once. */
  const counterCase = async () => {
    const res = await t.call('POST', '/api/cases', {
      as: 'clerk',
      headers: { 'idempotency-key': newKey() },
      body: {
        itemCode: 'MZ-GG-0003',
        townshipId: 'qingshi',
        answers: APPLICANT,
        originalsChecked: ['idCard', 'hukou', 'bankCard'],
        acceptNow: { deferred: [] },
      },
    });
    expect(res.status, res.text).toBe(201);
    const { act } = caseActor(t, res.body.case.caseId, res.body.case.version);
    return { caseId: res.body.case.caseId as string, queryCode: res.body.case.queryCode as string, act };
  };
  const decidedCounterCase = async () => {
    const c = await counterCase();
    for (const [as, path, body] of [
      ['reviewer', 'take', {}],
      ['reviewer', 'propose', decision],
      ['approver', 'decide', decision],
    ] as const) {
      const res = await c.act(as, path, body);
      expect(res.status, `${path}: ${res.text}`).toBe(200);
    }
    return c;
  };
  /** A request from one client address (the socket peer, as @hono/node-server passes it), so the limiter's counters are this test's own. */
  const from = async (address: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await t.app.request(
      path,
      { method, headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) },
      { incoming: { socket: { remoteAddress: address } } },
    );
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, text, headers: res.headers };
  };
  const receive = (address: string, code: string, phoneLast4: string, headers: Record<string, string> = {}) =>
    from(address, 'POST', '/api/cases/lookup/decision', { code, phoneLast4 }, headers);
  const lookup = (address: string, code: string, phoneLast4: string) => from(address, 'GET', `/api/cases/lookup?code=${code}&phoneLast4=${phoneLast4}`);
  const detail = async (caseId: string) => (await t.call('GET', `/api/cases/${caseId}`, { as: 'clerk' })).body;

  it('a decided counter case: the lookup offers it; the first download records the delivery and completes the case; the next records nothing', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const c = await decidedCounterCase();
    const before = await detail(c.caseId);

    const progress = await lookup('10.1.0.1', c.queryCode, '8000');
    expect(progress.status, progress.text).toBe(200);
    exactly(ProgressSchema, progress.body);
    expect(progress.body).toMatchObject({ state: 'decided' });
    expect(progress.body.decision).toEqual({
      outcome: 'grant',
      documentNumber: before.case.decision.documentNumber,
      decidedOn: '2026-03-02',
      issuer: { 'zh-CN': '青石镇', en: 'Qingshi Town' },
      verifyCode: before.case.decision.verifyCode,
      receiveNow: true,
    });
    // Nobody owns a counter case's account: no resident or proxy may take it, only the query code.
    expect((await t.call('GET', `/api/cases/${c.caseId}/decision`, { as: 'resident' })).status).toBe(404);

    clock.set('2026-03-03T03:00:00.000Z');
    // The code as a person types it: lower case, with a dash.
    const typed = `${c.queryCode.slice(0, 5).toLowerCase()}-${c.queryCode.slice(5).toLowerCase()}`;
    const first = await receive('10.1.0.1', typed, '8000');
    expect(first.status, first.text).toBe(200);
    exactly(ReceivedDecisionSchema, first.body);
    expect(first.body).toMatchObject({ status: 'authentic', recorded: true, verifyUrl: `http://localhost/verify/${before.case.decision.verifyCode}` });
    expect(first.body.record).toMatchObject({ verifyCode: before.case.decision.verifyCode, caseId: c.caseId });
    expect(JSON.parse(first.body.record.document)).toEqual(first.body.document);
    expect(first.body.document).toMatchObject({ documentNumber: before.case.decision.documentNumber, outcome: 'grant' });
    expect(first.body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    // The progress after the download: completed, out electronically today, nothing more to receive.
    expect(first.body.progress).toMatchObject({ state: 'completed', decision: { receiveNow: false, delivery: { method: 'electronic', on: '2026-03-03' } } });
    expect(first.body.progress.steps.slice(-2).map((s: { action: string }) => s.action)).toEqual(['deliver_electronically', 'complete']);
    // The same document the resident's route gives the township's staff.
    const staffCopy = await t.call('GET', `/api/cases/${c.caseId}/decision`, { as: 'clerk' });
    expect(staffCopy.body.record).toEqual(first.body.record);

    const after = await detail(c.caseId);
    exactly(CaseViewSchema, after);
    expect(after.case).toMatchObject({
      state: 'completed',
      version: before.case.version + 2,
      delivery: { method: 'electronic', on: '2026-03-03', by: { userId: 'query_code_holder', name: '张*' } },
    });
    const added = after.events.slice(before.events.length);
    expect(added.map((e: { action: string; actor: { role: string } }) => [e.action, e.actor.role])).toEqual([
      ['deliver_electronically', 'query_code_holder'],
      ['complete', 'system'],
    ]);
    expect(added[0].actor).toEqual({ userId: 'query_code_holder', role: 'query_code_holder', name: '张*' });
    // The hash chain holds with the new kind of actor in it.
    const audit = await t.call('GET', `/api/cases/${c.caseId}/audit`, { as: 'clerk' });
    expect(audit.body.verdict, audit.text).toMatchObject({ ok: true, events: after.events.length });
    // Out of the counter's "to hand out" queue.
    const queue = await t.call('GET', '/api/work/queues/deliver', { as: 'clerk' });
    expect(queue.body.items.map((e: { caseId: string }) => e.caseId)).not.toContain(c.caseId);

    // Downloading again: the same signed decision, nothing recorded, no failure though the case has moved on.
    const again = await receive('10.1.0.1', c.queryCode, '8000');
    expect(again.status, again.text).toBe(200);
    expect(again.body).toMatchObject({ status: 'authentic', recorded: false, progress: { state: 'completed' } });
    expect(again.body.record).toEqual(first.body.record);
    expect((await detail(c.caseId)).case.version).toBe(after.case.version);
  });

  it('writes the same message to the applicant as the resident’s own download does', async () => {
    clock.set('2026-03-04T02:00:00.000Z');
    const holder = await decidedCounterCase();
    expect((await receive('10.1.1.1', holder.queryCode, '8000')).status).toBe(200);
    const resident = await grantedCase(t);
    expect((await resident.act('resident', 'receive-electronically')).status).toBe(200);

    const outbox = (await t.call('GET', '/api/outbox?limit=100', { as: 'supervisor' })).body.items as {
      caseId: string;
      caseNumber: string;
      action: string;
      text: string;
    }[];
    /** The messages of a case, oldest first, with its own number and lookup link written the same way. */
    const messagesOf = (caseId: string) =>
      outbox
        .filter((m) => m.caseId === caseId)
        .reverse()
        .map((m) => ({ action: m.action, text: m.text.replace(m.caseNumber, '<no>').replace(/\/t\/[A-Z0-9]{10}$/, '/t/<code>') }));
    const byCode = messagesOf(holder.caseId);
    expect(byCode.map((m) => m.action)).toEqual(['submit', 'accept', 'decide', 'complete']);
    expect(byCode.at(-1)).toEqual(messagesOf(resident.caseId).at(-1));
  });

  it('a case the resident already received, or handed out at the window: the download answers and records nothing', async () => {
    clock.set('2026-03-05T02:00:00.000Z');
    const online = await grantedCase(t);
    expect((await online.act('resident', 'receive-electronically')).status).toBe(200);
    const { queryCode } = (await detail(online.caseId)).case;
    const received = await receive('10.1.2.1', queryCode, '8000');
    expect(received.status, received.text).toBe(200);
    expect(received.body).toMatchObject({ status: 'authentic', recorded: false, progress: { state: 'completed', decision: { receiveNow: false } } });

    const window = await decidedCounterCase();
    const handedOut = await window.act('clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '张明', idChecked: true } });
    expect(handedOut.status, handedOut.text).toBe(200);
    const events = (await detail(window.caseId)).events.length;
    const downloaded = await receive('10.1.2.1', window.queryCode, '8000');
    expect(downloaded.status, downloaded.text).toBe(200);
    expect(downloaded.body).toMatchObject({ recorded: false, progress: { decision: { delivery: { method: 'window' } } } });
    expect((await detail(window.caseId)).events).toHaveLength(events);
  });

  it('no decision in force: a clear 409 in both languages, not counted as a guess; a wrong code or phone stays a plain 404', async () => {
    clock.set('2026-03-06T02:00:00.000Z');
    const c = await counterCase();
    const zh = await receive('10.1.3.1', c.queryCode, '8000');
    expect(zh.status).toBe(409);
    expect(zh.body).toMatchObject({ code: 'NO_DECISION_TO_RECEIVE', message: '这个办件还没有可以领取的决定书：尚未作出决定，或者决定已被撤销。' });
    const en = await receive('10.1.3.1', c.queryCode, '8000', { 'accept-language': 'en' });
    expect(en.body.message).toBe('There is no decision to receive for this case: it has not been decided yet, or the decision was set aside.');
    // The right code and phone are no wrong guess: six in a row are all answered.
    for (let i = 0; i < 6; i++) expect((await receive('10.1.3.1', c.queryCode, '8000')).status).toBe(409);
    expect((await lookup('10.1.3.1', c.queryCode, '8000')).body).not.toHaveProperty('decision');
    // The wrong phone learns nothing about the case, decided or not.
    expect((await receive('10.1.3.2', c.queryCode, '0000')).status).toBe(404);
    expect((await receive('10.1.3.2', 'ZZZZZZZZZZ', '8000')).status).toBe(404);

    // A decision set aside: nothing to receive, and the lookup no longer offers it.
    const revoked = await decidedCounterCase();
    expect((await revoked.act('approver', 'revoke-decision', { reason: '经行政复议决定撤销' })).status).toBe(200);
    expect((await receive('10.1.3.3', revoked.queryCode, '8000')).body.code).toBe('NO_DECISION_TO_RECEIVE');
    expect((await lookup('10.1.3.3', revoked.queryCode, '8000')).body).not.toHaveProperty('decision');
    expect((await detail(revoked.caseId)).case.state).toBe('decided');
    // Nor is it handed out at the window: a decision set aside does not go out by any channel.
    const handOut = await revoked.act('clerk', 'deliver', { method: 'window', recipient: { kind: 'applicant', name: '张明', idChecked: true } });
    expect(handOut.status, handOut.text).toBe(422);
    expect(handOut.body.code).toBe('NO_DECISION_IN_FORCE');
    expect((await detail(revoked.caseId)).case.state).toBe('decided');
  });

  it('wrong phone digits are 404 and counted with the progress lookup’s: five wrong guesses, then 429 for both', async () => {
    clock.set('2026-03-09T02:00:00.000Z');
    const c = await decidedCounterCase();
    for (const last4 of ['0001', '0002', '0003']) expect((await lookup('10.1.4.1', c.queryCode, last4)).status).toBe(404);
    for (const last4 of ['0004', '0005']) expect((await receive('10.1.4.2', c.queryCode, last4)).status).toBe(404);
    // The sixth try waits, even with the right digits and from another address, on either endpoint.
    const blocked = await receive('10.1.4.3', c.queryCode.toLowerCase(), '8000');
    expect(blocked.status).toBe(429);
    expect((await lookup('10.1.4.3', c.queryCode, '8000')).status).toBe(429);
    expect((await detail(c.caseId)).case.state).toBe('decided');
    clock.set('2026-03-09T03:00:00.000Z');
    const allowed = await receive('10.1.4.3', c.queryCode, '8000');
    expect(allowed.status, allowed.text).toBe(200);
    expect(allowed.body.recorded).toBe(true);
  });

  it('a replay records once: twins sent together, and a retry with an Idempotency-Key (which is not kept for anonymous callers)', async () => {
    clock.set('2026-03-10T02:00:00.000Z');
    const c = await decidedCounterCase();
    const before = await detail(c.caseId);
    const twins = await Promise.all([0, 1, 2].map(() => receive('10.1.5.1', c.queryCode, '8000', { 'idempotency-key': 'same-key-123' })));
    expect(twins.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(twins.filter((r) => r.body.recorded)).toHaveLength(1);
    const after = await detail(c.caseId);
    expect(after.events.filter((e: { action: string }) => e.action === 'deliver_electronically')).toHaveLength(1);
    expect(after.case.version).toBe(before.case.version + 2);
    const retry = await receive('10.1.5.1', c.queryCode, '8000', { 'idempotency-key': 'same-key-123' });
    // Answered afresh, not replayed from a kept copy.
    expect(retry.body.recorded).toBe(false);
    expect(retry.headers.get('idempotency-replayed')).toBeNull();
  });
});
