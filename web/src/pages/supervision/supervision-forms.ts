import { SUPERVISION_REPLY_DAYS, type SupervisionGround } from '../../api/supervision.js';
import type { MessageKey } from '../../i18n/messages/index.js';

/** A field problem: the message key and its parameters (the form translates it). */
export interface FieldProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
}
export type Problems<F extends string> = Partial<Record<F, FieldProblem>>;

const required = (label: MessageKey): FieldProblem => ({ key: 'supervision.error.required', params: { label } });
const blank = (value: string) => value.trim() === '';

export interface IssueValues {
  ground: string;
  replyDays: string;
  instructions: string;
}

/** The issue form's first values: the first ground the API offers, the default reply deadline. */
export function initialIssue(grounds: readonly SupervisionGround[]): IssueValues {
  return { ground: grounds[0] ?? '', replyDays: String(SUPERVISION_REPLY_DAYS.default), instructions: '' };
}

/** What is wrong with the issue form before it is sent (the API checks the same again). Labels are message keys. */
export function issueProblems(values: IssueValues, grounds: readonly string[]): Problems<keyof IssueValues> {
  const problems: Problems<keyof IssueValues> = {};
  if (!grounds.includes(values.ground)) problems.ground = { key: 'supervision.error.choose', params: { label: 'supervision.issue.ground' } };
  const days = Number(values.replyDays.trim());
  if (blank(values.replyDays) || !Number.isInteger(days) || days < SUPERVISION_REPLY_DAYS.min || days > SUPERVISION_REPLY_DAYS.max) {
    problems.replyDays = { key: 'supervision.issue.error.replyDays', params: { min: SUPERVISION_REPLY_DAYS.min, max: SUPERVISION_REPLY_DAYS.max } };
  }
  if (blank(values.instructions)) problems.instructions = required('supervision.issue.instructions');
  return problems;
}

export interface ReplyValues {
  whatHappened: string;
  measures: string;
  byDate: string;
}

export function replyProblems(values: ReplyValues): Problems<keyof ReplyValues> {
  const problems: Problems<keyof ReplyValues> = {};
  if (blank(values.whatHappened)) problems.whatHappened = required('supervision.reply.whatHappened');
  if (blank(values.measures)) problems.measures = required('supervision.reply.measures');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.byDate)) problems.byDate = { key: 'supervision.reply.error.byDate' };
  return problems;
}

export function conclusionProblems(values: { note: string }): Problems<'note'> {
  return blank(values.note) ? { note: required('supervision.conclude.note') } : {};
}

/** Which form field an API issue path (`body.whatHappened`, `replyDays`…) concerns, if it is one of `fields`. */
export function fieldOfIssuePath<F extends string>(path: string, fields: readonly F[]): F | undefined {
  const last = path.split('.').pop() ?? '';
  return (fields as readonly string[]).includes(last) ? (last as F) : undefined;
}
