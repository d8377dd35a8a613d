import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createDynamoCaseStore } from '../../functions/adapters/dynamodb/case-store.js';
import { caseKeys } from '../../functions/adapters/dynamodb/key-scheme.js';
import { applyStep } from '../../functions/core/case/transition.js';
import { draftCase } from '../core/case/fixtures.js';
import { createTestTable } from '../support/dynamo.js';
import { caseEventFromRecord, MalformedCaseEventError } from '../../functions/stream/case-event-record.js';
import { caseEventItem, streamRecord } from '../support/stream-event.js';

describe('caseEventFromRecord', () => {
  it('turns an inserted case event into a notification, without keys or other attributes', () => {
    expect(caseEventFromRecord(streamRecord('INSERT', caseEventItem('c-1', 2)))).toEqual({
      caseId: 'c-1',
      townshipId: 'qingshi',
      eventType: 'accept',
      toState: 'accepted',
      at: '2026-01-05T09:30:00.000Z',
      seq: 2,
    });
  });

  it('reads the event items the case store really writes', async () => {
    const { db, tableName } = await createTestTable('stream-contract');
    const store = createDynamoCaseStore(db, tableName);
    const clerk = { userId: 'u-clerk-qs', role: 'clerk' as const, name: '陈静' };
    const first = applyStep(draftCase({ caseId: 'c-real' }), 'submit', clerk, '2026-03-02T02:00:00.000Z', {});
    await store.create(first.after, [first.event]);
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: caseKeys.event('c-real', 1) }));
    expect(caseEventFromRecord(streamRecord('INSERT', Item!))).toEqual({
      caseId: 'c-real',
      townshipId: 'qingshi',
      eventType: 'submit',
      toState: 'submitted',
      at: '2026-03-02T02:00:00.000Z',
      seq: 1,
    });
  });

  it.each([
    ['a modified case event', streamRecord('MODIFY', caseEventItem('c-1', 2))],
    ['a removal', streamRecord('REMOVE', undefined)],
    ['another item type', streamRecord('INSERT', { pk: 'ACCOUNT#a', sk: 'ACCOUNT', type: 'account' })],
  ])('ignores %s', (_name, record) => {
    expect(caseEventFromRecord(record)).toBeUndefined();
  });

  it.each([
    ['caseId', { caseId: undefined }],
    ['seq', { seq: 'three' }],
    ['at', { at: '' }],
  ])('refuses a case event with a bad %s, naming the field', (field, overrides) => {
    const record = streamRecord('INSERT', caseEventItem('c-1', 2, overrides));
    expect(() => caseEventFromRecord(record)).toThrow(MalformedCaseEventError);
    expect(() => caseEventFromRecord(record)).toThrow(new RegExp(field));
  });
});
