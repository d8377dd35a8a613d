import { describe, expect, it } from 'vitest';
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
