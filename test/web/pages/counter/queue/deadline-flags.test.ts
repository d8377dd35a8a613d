import { describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../../../../web/src/api/counter.js';
import { byDeadline, deadlineFlags } from '../../../../../web/src/pages/counter/queue/deadline-flags.js';

const entry = (over: Partial<QueueEntry>): QueueEntry => ({
  caseId: over.caseNumber ?? 'c',
  caseNumber: 'QS-2026-000001',
  itemCode: 'MZ-GG-0003',
  itemVersion: 1,
  townshipId: 'qingshan',
  state: 'submitted',
  version: 1,
  channel: 'online',
  applicant: { kind: 'person', name: '张*', phone: '138****8000' },
  receivedAt: '2026-03-02T02:00:00.000Z',
  answerDueOn: '2026-03-09',
  preReviewDueOn: '2026-03-04',
  ...over,
});

describe('deadlineFlags', () => {
  it.each([
    ['well within both limits', '2026-03-03', '2026-03-04', {}, []],
    ['on the pre-review due date', '2026-03-04', '2026-03-05', {}, []],
    ['the day after the pre-review limit', '2026-03-05', '2026-03-06', {}, ['preReviewOverdue']],
    ['when the next working day is the answer date (Friday before a Monday)', '2026-03-06', '2026-03-09', {}, ['preReviewOverdue', 'answerDueSoon']],
    ['on the answer date', '2026-03-09', '2026-03-10', {}, ['preReviewOverdue', 'answerDueSoon']],
    ['after the answer date: deemed accepted', '2026-03-10', '2026-03-11', {}, ['preReviewOverdue', 'answerOverdue']],
    ['a counter case has no pre-review limit', '2026-03-06', '2026-03-09', { preReviewDueOn: undefined, channel: 'counter' as const }, ['answerDueSoon']],
    ['nothing runs while the applicant corrects', '2026-03-20', '2026-03-23', { state: 'correction_required' as const }, []],
  ])('%s', (_name, today, next, over, expected) => {
    expect(deadlineFlags(entry(over), today, next)).toEqual(expected);
  });

  it('without the calendar, warns only on the answer date itself', () => {
    expect(deadlineFlags(entry({}), '2026-03-06')).toEqual(['preReviewOverdue']);
    expect(deadlineFlags(entry({}), '2026-03-09')).toEqual(['preReviewOverdue', 'answerDueSoon']);
  });
});

describe('byDeadline', () => {
  it('puts cases waiting for the counter first, by the first deadline, then those waiting for the applicant, oldest first', () => {
    const list = [
      entry({ caseNumber: 'waiting-new', state: 'correction_required', receivedAt: '2026-03-05T00:00:00Z' }),
      entry({ caseNumber: 'late-answer', answerDueOn: '2026-03-12', preReviewDueOn: '2026-03-10' }),
      entry({ caseNumber: 'counter', answerDueOn: '2026-03-09', preReviewDueOn: undefined }),
      entry({ caseNumber: 'waiting-old', state: 'correction_required', receivedAt: '2026-03-01T00:00:00Z' }),
      entry({ caseNumber: 'pre-review-first', answerDueOn: '2026-03-09', preReviewDueOn: '2026-03-04' }),
    ];
    expect([...list].sort(byDeadline).map((e) => e.caseNumber)).toEqual(['pre-review-first', 'counter', 'late-answer', 'waiting-old', 'waiting-new']);
  });
});
