import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { decisionKeys } from '../../../functions/adapters/dynamodb/key-scheme.js';
import type { SealAlgorithm } from '../../../functions/core/seal/decision-document.js';
import { createTestApp } from '../../support/test-app.js';
import { decisionDraft, flipOneByte, sealAndSave } from '../../support/decisions.js';
import type { TestApp } from '../cases/intake-helpers.js';

describe.each<[SealAlgorithm, string[]]>([
  ['ECDSA_SHA_256', []],
  ['SM2DSA', ['qingshi']],
])('GET /api/verify/{code} with a %s seal', (algorithm, sm2Owners) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ sm2Owners });
  });

  const sealed = (overrides = {}) => sealAndSave(t.deps, decisionDraft(overrides), { caseId: `case-${Math.random()}` });

  it('says authentic, without login, with the key facts, the algorithm and the signing time', async () => {
    const { record, document } = await sealed();

    const res = await t.call('GET', `/api/verify/${record.verifyCode}`);

    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toEqual({
      status: 'authentic',
      decision: {
        documentNumber: 'QS-JD-2026-000012',
        caseNumber: 'QS-2026-000031',
        issuer: document.issuer,
        township: document.township,
        item: document.item,
        outcome: 'grant',
        decidedOn: '2026-03-20',
        applicant: { kind: 'person', name: '张*', idNumber: '1101**********002X' },
      },
      algorithm,
      keyId: 'local:qingshi:1',
      signedAt: '2026-03-20T02:30:01.000Z',
    });
    expect(res.text).not.toContain('approver');
  });

  it('accepts the code as typed from paper (lower case, dashes, O for 0)', async () => {
    const { record } = await sealed({ verifyCode: '0123456789ABCDEF' });
    const typed = '0123-4567-89ab-cdef'.replace('0', 'o');

    expect((await t.call('GET', `/api/verify/${typed}`)).body.status).toBe('authentic');
    expect(record.verifyCode).toBe('0123456789ABCDEF');
  });

  it('says altered, with no facts to rely on, once one byte of the stored document is changed', async () => {
    const { record } = await sealed();
    await t.db.send(
      new UpdateCommand({
        TableName: t.tableName,
        Key: decisionKeys.decision(record.verifyCode),
        UpdateExpression: 'SET #d = :d',
        ExpressionAttributeNames: { '#d': 'document' },
        ExpressionAttributeValues: { ':d': flipOneByte(record.document) },
      }),
    );

    const res = await t.call('GET', `/api/verify/${record.verifyCode}`);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'altered' });
  });

  it('says revoked, with when and why, once the decision is set aside', async () => {
    const { record } = await sealed();
    await t.deps.decisions.revoke(record.verifyCode, {
      at: '2026-04-10T01:00:00.000Z',
      by: { userId: 'u-approver-qs', name: '赵立新' },
      reason: '经行政复议撤销',
    });

    const res = await t.call('GET', `/api/verify/${record.verifyCode}`);

    expect(res.body).toMatchObject({
      status: 'revoked',
      decision: { documentNumber: 'QS-JD-2026-000012' },
      revoked: { at: '2026-04-10T01:00:00.000Z', reason: '经行政复议撤销' },
    });
    expect(res.text).not.toContain('u-approver-qs');
  });

  it.each(['ZZZZZZZZZZZZZZZZ', 'not-a-code', '%E4%BD%A0'])('says unknown (200, not 404) for %s', async (code) => {
    const res = await t.call('GET', `/api/verify/${code}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'unknown' });
  });
});

describe('a forwarded item decided by the county department', () => {
  it('is verified under the department’s own key and names the department', async () => {
    const t = await createTestApp();
    const { record } = await sealAndSave(
      t.deps,
      decisionDraft({
        issuer: {
          kind: 'county_department',
          id: 'county-amr',
          name: { 'zh-CN': '青山县市场监督管理局', en: 'Qingshan County Administration for Market Regulation' },
        },
      }),
      { caseId: 'case-forwarded' },
    );

    const res = await t.call('GET', `/api/verify/${record.verifyCode}`);

    expect(res.body).toMatchObject({ status: 'authentic', keyId: 'local:county-amr:1', decision: { issuer: { kind: 'county_department', id: 'county-amr' } } });
  });
});
