import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Principal } from '../../../functions/core/auth/principal.js';
import { DEMO_ACCOUNTS } from '../../../functions/demo/accounts.js';
import { createTestApp } from '../../support/test-app.js';
import { caseActor } from '../cases/back-office-helpers.js';
import { APPLICANT, submitOldAgeAllowance, testClock, type TestApp } from '../cases/intake-helpers.js';

/**
 * Issue 10, reliability: the tenancy matrix, generated from the OpenAPI document the app serves.
 * Every operation on one case (a `{caseId}` path parameter) × every demo role, plus the same roles
 * placed in another township or county, another resident and nobody, against two Qingshi cases:
 * one a resident filed online, one the village proxy filed. Who may not see a case gets
 * 401/403/404, never a 2xx and never the case's data, and nothing is written (each case and its
 * history are the same after the whole matrix). Who may see it passes the access check (a read
 * answers 200; a write at a stale version gets 409, so nothing is written either).
 */
type Schema = Record<string, any>;
type CaseKind = 'online' | 'byProxy';
type Probe = { method: string; path: string; url: string; body?: unknown; write: boolean };
type Caller = { label: string; principal?: Principal; reads: CaseKind[] };

const demo = (username: string): Principal => {
  const { username: _u, ...principal } = DEMO_ACCOUNTS.find((a) => a.username === username)!;
  return principal;
};

/** A demo account's role placed in another township of the county, or in another county. */
const elsewhere = (username: string, where: { townshipId?: string; countyId?: string; officeId?: string }): Principal => ({
  ...demo(username),
  userId: `${demo(username).userId}-elsewhere`,
  ...where,
});

const BOTH: CaseKind[] = ['online', 'byProxy'];
/** Who sees which of the two cases (township route, reviewed by qingshi-social) — written out, not taken from the policy. */
const CALLERS: Caller[] = [
  { label: 'resident (filed the online case)', principal: demo('resident'), reads: ['online'] },
  { label: 'proxy (filed the proxy case)', principal: demo('proxy'), reads: ['byProxy'] },
  { label: 'clerk (own township)', principal: demo('clerk'), reads: BOTH },
  { label: 'reviewer (own township)', principal: demo('reviewer'), reads: BOTH },
  { label: 'reviewer.econ (own township, other office)', principal: demo('reviewer.econ'), reads: BOTH },
  { label: 'approver (own township)', principal: demo('approver'), reads: BOTH },
  { label: 'supervisor (own county)', principal: demo('supervisor'), reads: BOTH },
  { label: 'admin (own county)', principal: demo('admin'), reads: BOTH },
  { label: 'resident2 (other resident)', principal: demo('resident2'), reads: [] },
  { label: 'officer (county department not deciding it)', principal: demo('officer'), reads: [] },
  { label: 'clerk.baihe (other township)', principal: demo('clerk.baihe'), reads: [] },
  { label: 'reviewer (other township)', principal: elsewhere('reviewer', { townshipId: 'baihe', officeId: 'baihe-social' }), reads: [] },
  { label: 'approver (other township)', principal: elsewhere('approver', { townshipId: 'baihe', officeId: 'baihe-approval' }), reads: [] },
  { label: 'proxy (other township)', principal: elsewhere('proxy', { townshipId: 'baihe' }), reads: [] },
  { label: 'clerk (other county)', principal: elsewhere('clerk', { countyId: 'other-county', townshipId: 'other-town' }), reads: [] },
  { label: 'supervisor (other county)', principal: elsewhere('supervisor', { countyId: 'other-county' }), reads: [] },
  { label: 'admin (other county)', principal: elsewhere('admin', { countyId: 'other-county' }), reads: [] },
  { label: 'officer (other county)', principal: elsewhere('officer', { countyId: 'other-county' }), reads: [] },
  { label: 'nobody', reads: [] },
];

const PROXY_CONSENT = { method: 'signed_form', givenAt: '2026-03-01T08:00:00+08:00', note: '签字授权书已存档' };

describe('reliability: tenancy matrix from the OpenAPI document', { timeout: 60_000 }, () => {
  const clock = testClock();
  let t: TestApp;
  const cases = {} as Record<CaseKind, { caseId: string; ids: Record<string, string>; secrets: string[] }>;
  const figures = { operations: 0, probes: 0, denied: 0, allowed: 0, readerRefused: 0, leaks: 0, writes: 0 };

  beforeAll(async () => {
    t = await createTestApp({ now: clock.now });
    const online = await submitOldAgeAllowance(t, 'resident', { materials: ['idCard', 'hukou', 'bankCard'] });
    const byProxy = await submitOldAgeAllowance(t, 'proxy', { materials: ['idCard', 'hukou', 'bankCard'], extra: { proxyConsent: PROXY_CONSENT } });
    const actors = [] as [CaseKind, ReturnType<typeof caseActor>][];
    for (const [kind, submitted] of [
      ['online', online],
      ['byProxy', byProxy],
    ] as const) {
      expect(submitted.status, submitted.text).toBe(201);
      // Accepted (its acceptance notice exists), taken for review and, once red, under a supervision order:
      // the routes of each of these are probed on real data.
      const actor = caseActor(t, submitted.body.case.caseId, submitted.body.case.version);
      expect((await actor.act('clerk', 'accept', { deferred: [] })).status).toBe(200);
      expect((await actor.act('reviewer', 'take')).status).toBe(200);
      actors.push([kind, actor]);
      cases[kind] = { caseId: submitted.body.case.caseId, ids: {}, secrets: [] };
    }
    clock.set('2026-03-11T02:00:00.000Z');
    for (const [kind, actor] of actors) {
      const { caseId, ids } = cases[kind];
      const order = await t.call('POST', `/api/cases/${caseId}/supervision-orders`, {
        as: 'supervisor',
        body: { version: actor.state.version, ground: 'red_card', instructions: '请说明超期原因并限期办结' },
      });
      expect(order.status, order.text).toBe(201);
      ids.orderId = order.body.order.orderId;
      const stored = (await t.deps.intake.cases.get(caseId))!;
      ids.fileId = stored.materials[0]!.files[0]!.fileId;
      // What no outsider's answer may contain.
      cases[kind].secrets = [stored.caseNumber, stored.queryCode, APPLICANT.idNumber, APPLICANT.phone, APPLICANT.address, APPLICANT.applicantName];
    }
  });

  afterAll(() => {
    console.log(
      `RELIABILITY tenancy: operations=${figures.operations} callers=${CALLERS.length} cases=2 probes=${figures.probes} denied=${figures.denied} allowed=${figures.allowed} readerRefusedByRoleOrState=${figures.readerRefused} leaks=${figures.leaks} unintendedWrites=${figures.writes}`,
    );
  });

  it('covers every role, each as a caller with access and as one without', () => {
    for (const role of ROLES) {
      const ofRole = CALLERS.filter((c) => c.principal?.role === role);
      expect(ofRole.some((c) => c.reads.length > 0) || role === 'county_officer', `${role} with access`).toBe(true);
      expect(
        ofRole.some((c) => c.reads.length === 0),
        `${role} without access`,
      ).toBe(true);
    }
  });

  it('denies every case operation to every caller without access, and writes nothing', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as Schema;
    const resolve = (s: Schema | undefined): Schema => {
      let schema = s ?? {};
      for (let i = 0; i < 10 && schema.$ref; i++) schema = doc.components.schemas[String(schema.$ref).split('/').pop()!] ?? {};
      return schema;
    };
    /** A body the operation's schema accepts: required fields from examples, enums, bounds and names. */
    const valid = (raw: Schema | undefined, key: string, version: number, ids: Record<string, string>): unknown => {
      const schema = resolve(raw);
      const variants = schema.oneOf ?? schema.anyOf;
      if (variants) return valid(variants[0], key, version, ids);
      if (key === 'version') return version;
      if (schema.example !== undefined) return schema.example;
      if (schema.enum) return schema.enum[0];
      if (schema.const !== undefined) return schema.const;
      switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
        case 'object': {
          const out: Record<string, unknown> = {};
          for (const name of (schema.required ?? []) as string[]) out[name] = valid(schema.properties?.[name], name, version, ids);
          return out;
        }
        case 'array':
          return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => valid(schema.items, key, version, ids));
        case 'integer':
        case 'number':
          return schema.minimum ?? 1;
        case 'boolean':
          return true;
        default:
          if (/(On|Date|Day|start|End)$/.test(key)) return '2026-03-04';
          if (schema.format === 'uuid') return ids.fileId;
          return '核实材料情况'.slice(0, schema.maxLength ?? 100);
      }
    };

    /** Every documented operation on a case, with real ids and a valid body, at the case's version. */
    const probesOf = (caseId: string, version: number, ids: Record<string, string>) => {
      const probes: Probe[] = [];
      for (const [path, item] of Object.entries(doc.paths as Record<string, Schema>)) {
        if (!path.includes('{caseId}')) continue;
        for (const [method, op] of Object.entries(item as Record<string, Schema>)) {
          if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
          const params = (op.parameters ?? []) as Schema[];
          // Every value of an enum path parameter (each notice kind); the real ids otherwise.
          let urls = [path];
          for (const p of params.filter((q) => q.in === 'path')) {
            const values: string[] = p.name === 'caseId' ? [caseId] : (resolve(p.schema).enum ?? [ids[p.name] ?? String(resolve(p.schema).example ?? 'x')]);
            urls = urls.flatMap((u) => values.map((v) => u.replace(`{${p.name}}`, encodeURIComponent(v))));
          }
          const schema = op.requestBody?.content?.['application/json']?.schema;
          for (const url of urls) {
            probes.push({ method: method.toUpperCase(), path, url, write: method !== 'get', ...(schema ? { body: valid(schema, '', version, ids) } : {}) });
          }
        }
      }
      return probes;
    };

    const failures: string[] = [];
    for (const kind of BOTH) {
      const { caseId, ids, secrets } = cases[kind];
      const before = await t.deps.intake.cases.get(caseId);
      const history = (await t.deps.intake.cases.events(caseId)).map((e) => e.hash);
      const version = before!.version;
      const probes = probesOf(caseId, version, ids);
      figures.operations = new Set(probes.map((p) => `${p.method} ${p.path}`)).size;
      expect(figures.operations).toBeGreaterThanOrEqual(40);

      for (const caller of CALLERS) {
        const reader = caller.reads.includes(kind);
        const token = caller.principal ? (await t.localIssuer.sign(caller.principal)).token : undefined;
        for (const probe of probes) {
          // Callers with access write at a stale version: they get past the access check, and nothing is written.
          const body = probe.body && reader ? { ...(probe.body as Record<string, unknown>), version: version + 1000 } : probe.body;
          const headers: Record<string, string> = {};
          if (token) headers.authorization = `Bearer ${token}`;
          if (body !== undefined) headers['content-type'] = 'application/json';
          const res = await t.app.request(probe.url, {
            method: probe.method,
            headers,
            ...(body !== undefined ? { body: JSON.stringify(body) } : probe.write ? { body: '{}' } : {}),
          });
          const text = await res.text();
          figures.probes++;
          const where = `${caller.label} on the ${kind} case: ${probe.method} ${probe.url} → ${res.status} ${text.slice(0, 160)}`;
          if (res.status >= 500) failures.push(`5xx ${where}`);
          if (res.status === 400) failures.push(`400 (the generated body is not valid: access not probed) ${where}`);
          if (reader) {
            if ((res.status >= 200 && res.status < 300) || res.status === 409) figures.allowed++;
            else figures.readerRefused++;
            if (probe.write && res.status >= 200 && res.status < 300 && probe.path !== '/api/cases/{caseId}/files/{fileId}/open')
              failures.push(`a stale write went through ${where}`);
            continue;
          }
          const denied = caller.principal ? [403, 404] : [401];
          if (denied.includes(res.status)) figures.denied++;
          else failures.push(`not denied ${where}`);
          const leaked = secrets.filter((s) => text.includes(s));
          if (leaked.length > 0) {
            figures.leaks++;
            failures.push(`leaked ${leaked.join(', ')} ${where}`);
          }
        }
      }

      const after = await t.deps.intake.cases.get(caseId);
      const afterHistory = (await t.deps.intake.cases.events(caseId)).map((e) => e.hash);
      if (JSON.stringify(after) !== JSON.stringify(before) || afterHistory.join() !== history.join()) figures.writes++;
      expect(after, `${kind} case unchanged`).toEqual(before);
      expect(afterHistory, `${kind} history unchanged`).toEqual(history);
    }
    expect(failures).toEqual([]);
    // The matrix is not "everyone is refused": callers with access get through on most operations.
    expect(figures.allowed).toBeGreaterThan(figures.readerRefused);
  });

  it('every caller with access reads the case itself (the matrix would catch a policy that refuses everyone)', async () => {
    for (const caller of CALLERS) {
      for (const kind of caller.reads) {
        const token = (await t.localIssuer.sign(caller.principal!)).token;
        const res = await t.app.request(`/api/cases/${cases[kind].caseId}`, { headers: { authorization: `Bearer ${token}` } });
        expect(res.status, `${caller.label} on the ${kind} case`).toBe(200);
      }
    }
  });
});
