/**
 * The states of a case (办件), named as on the national platform, and their groups.
 * The lifecycle is data: which actions lead where is in case-actions.ts.
 */
export const CASE_STATES = [
  'submitted', // 申请 / 预审: waiting for the counter's answer
  'correction_required', // 补正: one-time notice issued, waiting for the applicant
  'not_accepted', // 不予受理
  'under_review', // 审查: accepted, in the back office it was routed to
  'forwarded', // 转报: sent on to a county department
  'suspended', // 挂起: special procedure, clock paused
  'decided', // 决定: granted or refused, sealed
  'delivered', // 送达 / 出件
  'completed', // 办结
  'withdrawn', // 撤回
  'terminated', // 终止
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** Waiting for the counter or the applicant: no time limit clock yet (pre-review has its own). */
export const PENDING_STATES: readonly CaseState[] = ['submitted', 'correction_required'];
/** Accepted and running (or paused): the time-limit clock applies. */
export const OPEN_STATES: readonly CaseState[] = ['under_review', 'forwarded', 'suspended', 'decided', 'delivered'];
/** Nothing more happens except rating and supervision. */
export const TERMINAL_STATES: readonly CaseState[] = ['not_accepted', 'completed', 'withdrawn', 'terminated'];

/** Whether the applicant may still withdraw: anything before a decision. */
export const WITHDRAWABLE_STATES: readonly CaseState[] = ['submitted', 'correction_required', 'under_review', 'forwarded', 'suspended'];

export function isTerminal(state: CaseState): boolean {
  return TERMINAL_STATES.includes(state);
}
