import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../functions/core/identity/credit-code.js';
import { residentIdCheckChar } from '../../functions/core/identity/resident-id.js';
import { DEMO_ACCOUNTS } from '../../functions/demo/accounts.js';
import { createLogger } from '../../functions/http/logger.js';
import { createTestApp } from '../support/test-app.js';
import { APPLICANT, submitOldAgeAllowance, testClock, upload, type TestApp } from './cases/intake-helpers.js';

/**
 * Issue 10: a seeded fuzz of every route in the OpenAPI document — at least 5,000 requests with
 * random, malformed and hostile bodies, parameters and callers, fixed seed — must get no answer
 * ≥ 500; and no log line the run wrote may hold a full ID number, mobile number or credit code.
 */
const SEED = 0x1d_0a_2026;
const REQUESTS = 5000;

/** mulberry32: small, fast, reproducible. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Schema = Record<string, any>;
type Operation = { method: string; path: string; op: Schema };

/** Log lines holding a full resident ID number or unified social credit code (with a valid check character) or a full mobile number. */
export function personalDataIn(line: string): string[] {
  const found: string[] = [];
  for (const m of line.matchAll(/(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])/g)) {
    if (residentIdCheckChar(m[1]!.slice(0, 17)) === m[1]![17]!.toUpperCase()) found.push(m[1]!);
  }
  for (const m of line.matchAll(/(?<![0-9A-Za-z])(1[3-9]\d{9})(?![0-9A-Za-z])/g)) found.push(m[1]!);
  for (const m of line.matchAll(/(?<![0-9A-Za-z])([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Za-z])/g)) {
    if (!found.includes(m[1]!) && creditCodeCheckChar(m[1]!.slice(0, 17)) === m[1]![17]) found.push(m[1]!);
  }
  return found;
}

describe('reliability: seeded fuzz of the OpenAPI routes, and the logs', { timeout: 600_000 }, () => {
  const clock = testClock();
  const lines: string[] = [];
  let t: TestApp;
  let caseId: string;
  let queryCode: string;
  let fileId: string;
  const figures = { requests: 0, byStatus: {} as Record<number, number>, fiveHundreds: [] as string[], operations: 0, leaks: -1 };

  beforeAll(async () => {
    t = await createTestApp({ now: clock.now, logger: createLogger('debug', { service: 'fuzz' }, (line) => lines.push(line)) });
    // Real data flows through the logs too: a submitted case with a real ID number and phone.
    const c = await submitOldAgeAllowance(t, 'resident');
    expect(c.status, c.text).toBe(201);
    caseId = c.body.case.caseId;
    queryCode = c.body.case.queryCode;
    fileId = await upload(t, 'resident');
    await t.call('GET', `/api/cases/lookup?code=${queryCode}&phoneLast4=8000`);
    await t.call('GET', `/api/cases/${caseId}`, { as: 'clerk' });
  });

  afterAll(() => {
    console.log(`reliability figures: ${JSON.stringify({ ...figures, fiveHundreds: figures.fiveHundreds.length, logLines: lines.length })}`);
    console.log(
      `RELIABILITY fuzz: seed=0x${SEED.toString(16)} operations=${figures.operations} requests=${figures.requests} 5xx=${figures.fiveHundreds.length} leaks=${figures.leaks} logLines=${lines.length}`,
    );
  });

  it(`sends ${REQUESTS} seeded requests over every documented operation and gets no 5xx`, async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as Schema;
    const resolve = (s: Schema | undefined): Schema => {
      let schema = s ?? {};
      for (let i = 0; i < 10 && schema.$ref; i++) schema = doc.components.schemas[String(schema.$ref).split('/').pop()!] ?? {};
      return schema;
    };
    const operations: Operation[] = Object.entries(doc.paths as Record<string, Schema>).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, op]) => ({ method: method.toUpperCase(), path, op: op as Schema })),
    );
    figures.operations = operations.length;
    expect(operations.length).toBeGreaterThan(20);

    const random = prng(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const chance = (p: number) => random() < p;
    const STRINGS = [
      '',
      ' ',
      'a',
      'qingshi',
      'MZ-GG-0003',
      APPLICANT.idNumber,
      '110105194912310021',
      APPLICANT.phone,
      '13800138000',
      '2026-02-30',
      '9999-12-31',
      '2026-03-05',
      '0',
      '-1',
      '1e308',
      'NaN',
      'null',
      'true',
      '[]',
      '{}',
      '<script>alert(1)</script>',
      "' OR 1=1 --",
      '../../etc/passwd',
      '%00',
      '\u0000',
      'a\u0000b',
      '\u202e',
      '💥',
      '张明',
      'x'.repeat(5000),
      '\ud800',
      'IDEMP-KEY-123456',
      caseId,
      queryCode,
      fileId,
      'f'.repeat(36),
      '00000000-0000-4000-8000-000000000000',
      '__proto__',
      'constructor',
    ];
    // Boundary dates for anything that looks like a date (the 500 came from one).
    const DATES = ['9999-12-31', '2100-12-31', '1900-01-01', '1899-12-31', '0000-01-01', '2027-02-30', '2026-13-01', '9999-99-99', '2024-02-29'];
    const looksLikeDate = (schema: Schema) => typeof schema.example === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(schema.example);
    const NUMBERS = [0, -1, 1, 2, 3, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308, -0, 999999999];
    const hostile = (depth: number): unknown => {
      switch (Math.floor(random() * 9)) {
        case 0:
          return null;
        case 1:
          return pick(NUMBERS);
        case 2:
          return chance(0.5);
        case 3:
          return depth > 3 ? [] : Array.from({ length: Math.floor(random() * 4) }, () => hostile(depth + 1));
        case 4:
          return depth > 3 ? {} : Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(STRINGS).slice(0, 40), hostile(depth + 1)]));
        case 5:
          return depth > 8 ? 'deep' : { a: hostile(depth + 5) };
        default:
          return pick(STRINGS);
      }
    };
    const fromSchema = (raw: Schema | undefined, depth = 0): unknown => {
      const schema = resolve(raw);
      if (chance(0.12) || depth > 6) return hostile(depth);
      const variants = schema.anyOf ?? schema.oneOf;
      if (variants) return fromSchema(pick(variants), depth);
      if (schema.enum) return pick(schema.enum);
      if (schema.const !== undefined) return schema.const;
      const type = Array.isArray(schema.type) ? pick(schema.type) : schema.type;
      switch (type) {
        case 'object': {
          const out: Record<string, unknown> = {};
          for (const [key, value] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
            if ((schema.required ?? []).includes(key) ? chance(0.92) : chance(0.5)) out[key] = fromSchema(value, depth + 1);
          }
          if (chance(0.1)) out[pick(STRINGS).slice(0, 30)] = hostile(depth + 1);
          return out;
        }
        case 'array':
          return Array.from({ length: chance(0.05) ? 60 : Math.floor(random() * 3) }, () => fromSchema(schema.items, depth + 1));
        case 'integer':
        case 'number':
          return chance(0.7) && schema.minimum !== undefined ? schema.minimum + Math.floor(random() * 3) : pick(NUMBERS);
        case 'boolean':
          return chance(0.5);
        case 'string':
          if (schema.format === 'date-time') return chance(0.7) ? clock.now().toISOString() : pick(STRINGS);
          if (schema.format === 'uuid') return chance(0.6) ? fileId : pick(STRINGS);
          if (looksLikeDate(schema) && chance(0.5)) return pick(DATES);
          return schema.example !== undefined && chance(0.4) ? schema.example : pick(STRINGS);
        default:
          return hostile(depth);
      }
    };
    const paramValue = (p: Schema) => {
      const schema = resolve(p.schema);
      if (looksLikeDate(schema) && chance(0.5)) return pick(DATES);
      if (chance(0.5) && schema.example !== undefined) return String(schema.example);
      if (p.name === 'caseId' && chance(0.5)) return caseId;
      if (p.name === 'code' && chance(0.5)) return chance(0.5) ? 'MZ-GG-0003' : queryCode;
      if (schema.enum && chance(0.6)) return String(pick(schema.enum));
      return String(chance(0.3) ? pick(NUMBERS) : pick(STRINGS));
    };
    // A lone surrogate has no UTF-8 form: send the raw invalid bytes a hostile client would.
    const encode = (value: string) => {
      try {
        return encodeURIComponent(value);
      } catch {
        return '%ED%A0%80';
      }
    };
    // Header values are bytes: a client cannot send other characters.
    const ascii = (value: string) => value.replace(/[^\x20-\x7e]/g, '');
    const callers = [undefined, undefined, ...DEMO_ACCOUNTS.map((a) => a.username)];
    const tokens = new Map<string, string>();
    for (const username of callers) if (username) tokens.set(username, await t.tokenFor(username));

    for (let i = 0; i < REQUESTS; i++) {
      const { method, path, op } = operations[i % operations.length]!;
      const params = (op.parameters ?? []) as Schema[];
      let url = path.replace(/\{(\w+)\}/g, (_all, name: string) => {
        const p = params.find((q) => q.name === name && q.in === 'path') ?? { name, schema: {} };
        return encode(paramValue(p));
      });
      const query: string[] = [];
      for (const p of params.filter((q) => q.in === 'query')) if (chance(0.8)) query.push(`${p.name}=${encode(paramValue(p))}`);
      if (chance(0.1)) query.push(`${encode(pick(STRINGS).slice(0, 20) || 'x')}=${encode(pick(STRINGS).slice(0, 50))}`);
      if (chance(0.3)) query.push(`lang=${pick(['en', 'zh-CN', 'fr', ''])}`);
      if (query.length > 0) url += `?${query.join('&')}`;

      const headers: Record<string, string> = {};
      const as = pick(callers);
      if (as) headers.authorization = `Bearer ${tokens.get(as)}`;
      else if (chance(0.1)) headers.authorization = pick(['Bearer ', 'Bearer x.y.z', 'Basic Zm9vOmJhcg==', `Bearer ${'a'.repeat(3000)}`]);
      if (method !== 'GET' && chance(0.7)) headers['idempotency-key'] = chance(0.9) ? `fuzz-${SEED}-${i}` : ascii(pick(STRINGS)).slice(0, 200);
      if (chance(0.1)) headers['accept-language'] = pick(['en', 'zh-CN,zh;q=0.9', '*', 'xx', ';;;']);

      let body: string | undefined;
      const content = op.requestBody?.content?.['application/json']?.schema;
      if (method !== 'GET' && (content || chance(0.2))) {
        const shape = Math.floor(random() * 20);
        if (shape === 0) body = '{"unterminated": ';
        else if (shape === 1) body = '';
        else if (shape === 2) body = JSON.stringify(hostile(0));
        else body = JSON.stringify(fromSchema(content));
        headers['content-type'] = chance(0.93)
          ? 'application/json'
          : pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/json; charset=latin1']);
      }

      const res = await t.app.request(url, { method, headers, ...(body !== undefined ? { body } : {}) });
      const text = await res.text();
      figures.requests++;
      figures.byStatus[res.status] = (figures.byStatus[res.status] ?? 0) + 1;
      if (res.status >= 500)
        figures.fiveHundreds.push(`${method} ${url} as ${as ?? '-'} body ${String(body).slice(0, 300)} → ${res.status} ${text.slice(0, 200)}`);
    }

    expect(figures.requests).toBeGreaterThanOrEqual(5000);
    expect(figures.fiveHundreds).toEqual([]);
  });

  it('the scanner finds a full ID number or phone (it can fail) and ignores masked ones', () => {
    expect(personalDataIn(`{"idNumber":"${APPLICANT.idNumber}"}`)).toEqual([APPLICANT.idNumber]);
    expect(personalDataIn(`{"phone":"${APPLICANT.phone}"}`)).toEqual([APPLICANT.phone]);
    expect(personalDataIn('{"idNumber":"110105********002X","phone":"138****8000","requestId":"1a2b3c4d-5e6f"}')).toEqual([]);
    const creditCode = `91350100M000100Y4`;
    const full = `${creditCode}${creditCodeCheckChar(creditCode)}`;
    expect(personalDataIn(`{"creditCode":"${full}"}`)).toEqual([full]);
    expect(personalDataIn('{"creditCode":"9135**********0Y43"}')).toEqual([]);
  });

  it('no log line of the whole run holds a full ID number or mobile number', () => {
    expect(lines.length).toBeGreaterThan(2000);
    const leaks = lines.flatMap((line) => personalDataIn(line).map((found) => `${found} in ${line.slice(0, 200)}`));
    figures.leaks = leaks.length;
    expect(leaks).toEqual([]);
  });
});
