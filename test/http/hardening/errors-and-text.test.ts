import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateApplicationAnswers } from '../../../functions/core/catalogue/validate-answers.js';
import { checkResidentId } from '../../../functions/core/identity/resident-id.js';
import { hasControlCharacter } from '../../../functions/core/text/control-characters.js';
import { SubmitSchema } from '../../../functions/http/schemas/case-schemas.js';
import { createTestApp } from '../../support/test-app.js';
import { APPLICANT, newKey, testClock, type TestApp } from '../cases/intake-helpers.js';

/** Issue 10, finding 6: 415 reported as INTERNAL, 413 breaking keep-alive, control characters accepted, pre-1900 IDs refused with no override. */
describe('errors and text', () => {
  const clock = testClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
  });

  describe('415 and 413', () => {
    it.each([
      ['zh-CN', '不支持该内容类型'],
      ['en', 'This content type is not supported'],
    ])('a non-JSON body is 415 UNSUPPORTED_MEDIA_TYPE in %s', async (lang, text) => {
      const res = await t.call('POST', `/api/cases?lang=${lang}`, {
        as: 'resident',
        headers: { 'content-type': 'text/plain', 'idempotency-key': newKey() },
      });
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(res.body.message).toContain(text);
    });

    describe('over a real keep-alive connection', () => {
      let server: http.Server;
      let port: number;
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      beforeAll(async () => {
        server = await new Promise<http.Server>((ready) => {
          const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => ready(s as http.Server));
        });
        port = (server.address() as AddressInfo).port;
      });
      afterAll(async () => {
        agent.destroy();
        await new Promise<void>((done) => server.close(() => done()));
      });

      const send = (method: string, path: string, body?: Buffer) =>
        new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; reused: boolean }>((resolve, reject) => {
          const req = http.request(
            { host: '127.0.0.1', port, method, path, agent, headers: body ? { 'content-type': 'application/json', 'content-length': body.length } : {} },
            (res) => {
              let text = '';
              res.setEncoding('utf8');
              res.on('data', (chunk) => (text += chunk));
              res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text, reused: req.reusedSocket }));
            },
          );
          req.on('error', reject);
          if (body) req.write(body);
          req.end();
        });

      it('answers 413 in both languages, closes that connection cleanly, and the next request on the agent works', async () => {
        expect((await send('GET', '/api/health')).status).toBe(200);
        const tooBig = Buffer.alloc(3 * 1024 * 1024, 32);
        const zh = await send('POST', '/api/cases', tooBig);
        expect(zh.status).toBe(413);
        expect(zh.headers.connection).toBe('close');
        expect(JSON.parse(zh.body)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '提交的内容过大。' });
        const next = await send('GET', '/api/health');
        expect(next.status).toBe(200);
        const en = await send('POST', '/api/cases?lang=en', tooBig);
        expect(JSON.parse(en.body)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'The request is too large.' });
        for (let i = 0; i < 3; i++) expect((await send('GET', '/api/health')).status).toBe(200);
      });
    });
  });

  describe('control characters', () => {
    it('the shared rule: none in one-line text, only \\n and \\t in multi-line text', () => {
      expect(hasControlCharacter('张明')).toBe(false);
      expect(hasControlCharacter('a\u0000b')).toBe(true);
      expect(hasControlCharacter('a\nb')).toBe(true);
      expect(hasControlCharacter('a\nb\tc', true)).toBe(false);
      for (const c of ['\u0000', '\u0007', '\u001b', '\r', '\u007f', '\u0085']) expect(hasControlCharacter(`x${c}`, true)).toBe(true);
    });

    it('the submit schema names the field: a NUL in the applicant name, a line break in a one-line name; a note may span lines', () => {
      const base = { itemCode: 'MZ-GG-0003', townshipId: 'qingshi' };
      const nul = SubmitSchema.safeParse({ ...base, applicant: { kind: 'person', name: '张\u0000明', idNumber: APPLICANT.idNumber, phone: APPLICANT.phone } });
      expect(nul.success).toBe(false);
      expect(nul.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['applicant.name', 'field.text.control']]);
      const newline = SubmitSchema.safeParse({ ...base, townshipId: 'qing\nshi' });
      expect(newline.error!.issues.map((i) => i.path.join('.'))).toEqual(['townshipId']);
      expect(SubmitSchema.safeParse({ ...base, acceptNow: { note: '第一行\n第二行\t备注' } }).success).toBe(true);
      expect(SubmitSchema.safeParse({ ...base, acceptNow: { note: 'bell\u0007' } }).error!.issues[0]!.path.join('.')).toBe('acceptNow.note');
    });

    it('form answers refuse a NUL at the answer, by the same rule', () => {
      const item = { formFields: [{ id: 'applicantName', label: { 'zh-CN': '姓名', en: 'Name' }, type: 'text' as const, required: true }] };
      const result = validateApplicationAnswers(item, { answers: { applicantName: '张\u0000明' } }, { channel: 'online' });
      expect(result).toEqual({ ok: false, issues: [{ path: 'answers.applicantName', message: 'field.text.control' }] });
      expect(validateApplicationAnswers(item, { answers: { applicantName: '两行\n文字' } }, { channel: 'online' }).ok).toBe(true);
    });

    it.each([
      [
        'POST',
        '/api/cases?lang=en',
        { itemCode: 'MZ-GG-0003', townshipId: 'qingshi', answers: { ...APPLICANT, applicantName: '张\u0000明' } },
        'answers.applicantName',
      ],
      ['POST', '/api/files/uploads?lang=en', { name: 'scan\u0000.jpg', contentType: 'image/jpeg', size: 10 }, 'name'],
      ['GET', '/api/catalogue/items?lang=en&q=%00', undefined, 'query.q'],
    ])('%s %s answers 400 naming %s', async (method, path, body, field) => {
      const res = await t.call(method, path, { as: 'resident', headers: { 'idempotency-key': newKey() }, ...(body ? { body } : {}) });
      expect(res.status, res.text).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.issues).toContainEqual({
        path: field,
        message: 'This contains a control character (such as NUL) that is not allowed. Remove it and try again',
      });
    });
  });

  describe('resident ID numbers (GB 11643)', () => {
    it.each([
      ['11010519491231002X', true], // the standard's example, born 1949
      ['110105189912310023', false], // born 1899-12-31: real, checksum right, implausible
      ['110105188002290014', false], // born 1880-02-29 (a leap day)
    ])('%s: checksum and date hold; plausible = %s', (id, plausible) => {
      const check = checkResidentId(id);
      if (plausible) expect(check.ok).toBe(true);
      else expect(check).toEqual({ ok: false, problem: 'birthDateImplausible', value: id, overridable: true });
    });

    it.each([
      ['990105194912310021', 'region'],
      ['000105194912310021', 'region'],
      ['110105194902300021', 'birthDate'], // 30 February
      ['110105189902290021', 'birthDate'], // 1899 was not a leap year
      ['110105194912310021', 'checksum'],
    ])('%s is refused: %s', (id, problem) => {
      expect(checkResidentId(id)).toMatchObject({ ok: false, problem, overridable: problem === 'checksum' });
    });

    it('online, a pre-1900 birth date is refused with its own message; at the counter a clerk accepts it with a reason, recorded', async () => {
      clock.set('2026-03-02T02:00:00.000Z');
      const online = await t.call('POST', '/api/catalogue/items/MZ-GG-0003/validate?lang=en', {
        as: 'resident',
        body: { answers: { ...APPLICANT, idNumber: '110105189912310023' } },
      });
      expect(online.status, online.text).toBe(400);
      expect(online.body.issues).toEqual([{ path: 'answers.idNumber', message: expect.stringContaining('before 1900') }]);

      const counter = await t.call('POST', '/api/cases', {
        as: 'clerk',
        headers: { 'idempotency-key': newKey() },
        body: {
          itemCode: 'MZ-GG-0003',
          townshipId: 'qingshi',
          answers: { ...APPLICANT, idNumber: '110105189912310023' },
          overrides: [{ fieldId: 'idNumber', reason: '户籍底册核实：1899 年生' }],
          originalsChecked: ['idCard', 'hukou'],
        },
      });
      expect(counter.status, counter.text).toBe(201);
      expect(counter.body.case.overrides).toEqual([{ fieldId: 'idNumber', reason: '户籍底册核实：1899 年生' }]);
    });
  });
});
