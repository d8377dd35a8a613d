import { expect } from 'vitest';
import { newKey, submitOldAgeAllowance, type TestApp } from './intake-helpers.js';

/** A case's actions as a chain: each successful step remembers the new version. */
export function caseActor(t: TestApp, caseId: string, version: number) {
  const state = { version };
  const act = async (as: string, path: string, body: Record<string, unknown> = {}) => {
    const res = await t.call('POST', `/api/cases/${caseId}/${path}`, {
      as,
      headers: { 'idempotency-key': newKey() },
      body: { version: state.version, ...body },
    });
    if (res.status === 200) state.version = res.body.case.version;
    return res;
  };
  return { act, state };
}

/** An old-age allowance taken online, accepted, reviewed and granted under the township's seal. */
export async function grantedCase(t: TestApp, resident = 'resident') {
  const submitted = await submitOldAgeAllowance(t, resident, { materials: ['idCard', 'hukou', 'bankCard'] });
  expect(submitted.status, submitted.text).toBe(201);
  const { act, state } = caseActor(t, submitted.body.case.caseId, submitted.body.case.version);
  for (const [as, path, body] of [
    ['clerk', 'accept', { deferred: [] }],
    ['reviewer', 'take', {}],
    ['reviewer', 'propose', { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《高龄津贴发放办法》'] }],
    ['approver', 'decide', { outcome: 'grant', reasons: ['符合条件'], legalBasis: ['《高龄津贴发放办法》'] }],
  ] as const) {
    const res = await act(as, path, body);
    expect(res.status, `${path}: ${res.text}`).toBe(200);
  }
  return { caseId: submitted.body.case.caseId as string, act, state };
}
