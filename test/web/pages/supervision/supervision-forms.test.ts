import { describe, expect, it } from 'vitest';
import { byReplyDeadline, supervisionQuery } from '../../../../web/src/api/supervision.js';
import { conclusionProblems, fieldOfIssuePath, initialIssue, issueProblems, replyProblems } from '../../../../web/src/pages/supervision/supervision-forms.js';

describe('supervision order forms', () => {
  it('starts the issue form on the first ground the API offers, with the default reply deadline', () => {
    expect(initialIssue(['red_card', 'poor_rating'])).toEqual({ ground: 'red_card', replyDays: '5', instructions: '' });
    expect(initialIssue([])).toEqual({ ground: '', replyDays: '5', instructions: '' });
  });

  it('refuses a ground the API did not offer, a reply deadline out of 1–30 whole days, and empty instructions', () => {
    expect(issueProblems({ ground: 'red_card', replyDays: '5', instructions: '请说明' }, ['red_card'])).toEqual({});
    const problems = issueProblems({ ground: 'poor_rating', replyDays: '0', instructions: '  ' }, ['red_card']);
    expect(Object.keys(problems).sort()).toEqual(['ground', 'instructions', 'replyDays']);
    expect(problems.replyDays).toEqual({ key: 'supervision.issue.error.replyDays', params: { min: 1, max: 30 } });
    expect(problems.instructions).toEqual({ key: 'supervision.error.required', params: { label: 'supervision.issue.instructions' } });
    for (const bad of ['', '31', '2.5', 'abc', '-1'])
      expect(issueProblems({ ground: 'red_card', replyDays: bad, instructions: 'x' }, ['red_card']).replyDays).toBeDefined();
    for (const good of ['1', '30', ' 7 ']) expect(issueProblems({ ground: 'red_card', replyDays: good, instructions: 'x' }, ['red_card'])).toEqual({});
  });

  it('asks the office for what happened, what it will do and a date', () => {
    expect(replyProblems({ whatHappened: '等待比对', measures: '加急', byDate: '2026-03-20' })).toEqual({});
    expect(Object.keys(replyProblems({ whatHappened: ' ', measures: '', byDate: '20/03/2026' })).sort()).toEqual(['byDate', 'measures', 'whatHappened']);
    expect(conclusionProblems({ note: '' })).toEqual({ note: { key: 'supervision.error.required', params: { label: 'supervision.conclude.note' } } });
    expect(conclusionProblems({ note: '同意' })).toEqual({});
  });

  it("maps the API's issue paths onto the form's fields", () => {
    expect(fieldOfIssuePath('body.instructions', ['ground', 'instructions'])).toBe('instructions');
    expect(fieldOfIssuePath('byDate', ['byDate'])).toBe('byDate');
    expect(fieldOfIssuePath('version', ['note'])).toBeUndefined();
  });
});

describe('supervision API client helpers', () => {
  it('asks for one status list and the overdue filter only when set', () => {
    expect(supervisionQuery({})).toEqual({ limit: '100', status: undefined, overdue: undefined });
    expect(supervisionQuery({ statuses: ['open', 'replied'], overdue: true })).toEqual({ limit: '100', status: 'open,replied', overdue: 'true' });
    expect(supervisionQuery({ statuses: [], overdue: false })).toEqual({ limit: '100', status: undefined, overdue: undefined });
  });

  it('orders the office list by the earliest reply deadline, then the earliest issued', () => {
    const o = (id: string, replyDueOn: string, issuedAt: string) => ({ id, replyDueOn, issuedAt });
    const sorted = byReplyDeadline([
      o('c', '2026-03-20', '2026-03-10T01:00:00Z'),
      o('a', '2026-03-16', '2026-03-11T02:00:00Z'),
      o('b', '2026-03-16', '2026-03-11T01:00:00Z'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });
});
