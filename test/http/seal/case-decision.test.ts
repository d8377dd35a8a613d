import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../support/test-app.js';
import { decisionDraft, sealAndSave } from '../../support/decisions.js';
import { submitOldAgeAllowance, type TestApp } from '../cases/intake-helpers.js';

describe('GET /api/cases/{caseId}/decision', () => {
  let t: TestApp;
  let caseId: string;
  let verifyCode: string;
  beforeAll(async () => {
    t = await createTestApp();
    const submitted = await submitOldAgeAllowance(t, 'resident');
    caseId = submitted.body.case.caseId;
    ({
      record: { verifyCode },
    } = await sealAndSave(t.deps, decisionDraft({ caseNumber: submitted.body.case.caseNumber }), { caseId }));
  });

  it('gives the applicant the signed record, its document, its status and the QR code of the verification page', async () => {
    const res = await t.call('GET', `/api/cases/${caseId}/decision`, { as: 'resident' });

    expect(res.status).toBe(200);
    expect(res.body.status).toBe('authentic');
    expect(res.body.record).toMatchObject({ verifyCode, caseId, signature: { keyId: 'local:qingshi:1', algorithm: 'ECDSA_SHA_256' } });
    expect(JSON.parse(res.body.record.document)).toEqual(res.body.document);
    expect(res.body.document).toMatchObject({ schema: 'one-window/decision/v1', verifyCode, outcome: 'grant', keyId: 'local:qingshi:1' });
    expect(res.body.verifyUrl).toBe(`http://localhost/verify/${verifyCode}`);
    expect(res.body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it('gives it to staff of the township too', async () => {
    expect((await t.call('GET', `/api/cases/${caseId}/decision`, { as: 'clerk' })).status).toBe(200);
  });

  it.each([
    ['another resident', 'resident2', 404],
    ['staff of another township', 'clerk.baihe', 404],
  ])('hides it from %s', async (_who, as, status) => {
    expect((await t.call('GET', `/api/cases/${caseId}/decision`, { as })).status).toBe(status);
  });

  it('asks for a login', async () => {
    expect((await t.call('GET', `/api/cases/${caseId}/decision`)).status).toBe(401);
  });

  it('answers 404 for a case not decided yet', async () => {
    const other = await submitOldAgeAllowance(t, 'resident');
    const res = await t.call('GET', `/api/cases/${other.body.case.caseId}/decision`, { as: 'resident' });
    expect(res.status).toBe(404);
  });
});
