import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDecisionStore, decisionItem, decisionPointerItem } from '../../../functions/adapters/dynamodb/decision-items.js';
import { decisionKeys } from '../../../functions/adapters/dynamodb/key-scheme.js';
import { ConflictError, NotFoundError } from '../../../functions/core/errors.js';
import type { DecisionRecord } from '../../../functions/core/seal/decision-record.js';
import type { DecisionStore } from '../../../functions/ports/decision-store.js';
import { createTestTable } from '../../support/dynamo.js';

const record = (verifyCode: string, caseId: string): DecisionRecord => ({
  verifyCode,
  caseId,
  countyId: 'qingshan',
  townshipId: 'qingshi',
  document: `{"caseId":"${caseId}","verifyCode":"${verifyCode}"}`,
  signature: { keyId: 'local:qingshi:1', algorithm: 'SM2DSA', value: 'MEUCIQ==' },
  signedAt: '2026-03-20T02:30:01.000Z',
});
const revocation = { at: '2026-04-01T01:00:00.000Z', by: { userId: 'u-approver-qs', name: '李审批' }, reason: '行政复议撤销' };

describe('DynamoDB decision store', () => {
  let store: DecisionStore;
  let db: Awaited<ReturnType<typeof createTestTable>>['db'];
  let tableName: string;
  beforeAll(async () => {
    ({ db, tableName } = await createTestTable());
    store = createDynamoDecisionStore(db, tableName);
  });

  it('builds the items of the key scheme', () => {
    const r = record('AAAAAAAAAAAAAAAA', 'c-1');
    expect(decisionItem(r)).toMatchObject({ pk: 'DECISION#AAAAAAAAAAAAAAAA', sk: 'DECISION', type: 'decision', version: 1, document: r.document });
    expect(decisionPointerItem(r)).toEqual({
      pk: 'CASEDECISION#c-1',
      sk: 'CASEDECISION',
      type: 'decision_pointer',
      caseId: 'c-1',
      verifyCode: 'AAAAAAAAAAAAAAAA',
      signedAt: r.signedAt,
    });
  });

  it('saves a decision and finds it by code and by case, the document byte for byte', async () => {
    const r = { ...record('BBBBBBBBBBBBBBBB', 'c-2'), document: '{"name":"张**","text":"准予 ✓"}' };

    await store.save(r);

    expect(await store.get('BBBBBBBBBBBBBBBB')).toEqual(r);
    expect(await store.getByCase('c-2')).toEqual(r);
    expect(await store.get('CCCCCCCCCCCCCCCC')).toBeUndefined();
    expect(await store.getByCase('c-none')).toBeUndefined();
  });

  it('refuses a second decision under the same code', async () => {
    await store.save(record('DDDDDDDDDDDDDDDD', 'c-3'));
    await expect(store.save(record('DDDDDDDDDDDDDDDD', 'c-4'))).rejects.toBeInstanceOf(ConflictError);
    expect(await store.getByCase('c-4')).toBeUndefined();
  });

  it('points the case at its newest decision', async () => {
    await store.save(record('EEEEEEEEEEEEEEEE', 'c-5'));
    await store.save(record('FFFFFFFFFFFFFFFF', 'c-5'));
    expect((await store.getByCase('c-5'))?.verifyCode).toBe('FFFFFFFFFFFFFFFF');
    expect(await store.get('EEEEEEEEEEEEEEEE')).toBeDefined();
  });

  it('revokes once, and refuses to revoke again or to revoke nothing', async () => {
    await store.save(record('GGGGGGGGGGGGGGGG', 'c-6'));

    await store.revoke('GGGGGGGGGGGGGGGG', revocation);

    expect((await store.get('GGGGGGGGGGGGGGGG'))?.revoked).toEqual(revocation);
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: decisionKeys.decision('GGGGGGGGGGGGGGGG') }));
    expect(Item?.version).toBe(2);
    await expect(store.revoke('GGGGGGGGGGGGGGGG', { ...revocation, reason: 'again' })).rejects.toBeInstanceOf(ConflictError);
    expect((await store.get('GGGGGGGGGGGGGGGG'))?.revoked?.reason).toBe('行政复议撤销');
    await expect(store.revoke('HHHHHHHHHHHHHHHH', revocation)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reads another item type under a decision key as no decision', async () => {
    await db.send(new PutCommand({ TableName: tableName, Item: { ...decisionKeys.decision('JJJJJJJJJJJJJJJJ'), type: 'other' } }));
    expect(await store.get('JJJJJJJJJJJJJJJJ')).toBeUndefined();
  });
});
