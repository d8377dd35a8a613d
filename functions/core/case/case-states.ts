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

/** The state groups every other part of the system reads, instead of listing states itself. */
export const STATE_GROUPS = {
  /** Waiting for the counter's answer (pre-review has its own limit). */
  awaitingCounter: ['submitted'],
  /** Waiting for the applicant (the clock does not run). */
  awaitingApplicant: ['correction_required'],
  /** Accepted and not yet decided: the time-limit clock runs (or is paused while suspended). */
  clockRunning: ['under_review', 'forwarded', 'suspended'],
  /** Decided: the clock has stopped; delivery follows. */
  decided: ['decided', 'delivered'],
  /** Looked at by the deadline sweep on its next-check date. */
  watchedBySweep: ['submitted', 'under_review', 'forwarded', 'suspended'],
  /** The applicant may still withdraw: anything before a decision. */
  withdrawable: ['submitted', 'correction_required', 'under_review', 'forwarded', 'suspended'],
  /** The applicant may rate the service (好差评). */
  rateable: ['completed', 'not_accepted', 'terminated'],
  /** Nothing more happens except rating and supervision. */
  terminal: ['not_accepted', 'completed', 'withdrawn', 'terminated'],
} as const satisfies Record<string, readonly CaseState[]>;

const inGroup = (group: readonly CaseState[]) => (state: CaseState) => group.includes(state);

/** Waiting for the counter or the applicant: no time limit clock yet (pre-review has its own). */
export const PENDING_STATES: readonly CaseState[] = [...STATE_GROUPS.awaitingCounter, ...STATE_GROUPS.awaitingApplicant];
/** Accepted, before completion: the time-limit clock applies (stopped once decided). */
export const OPEN_STATES: readonly CaseState[] = [...STATE_GROUPS.clockRunning, ...STATE_GROUPS.decided];
export const TERMINAL_STATES: readonly CaseState[] = STATE_GROUPS.terminal;
export const WITHDRAWABLE_STATES: readonly CaseState[] = STATE_GROUPS.withdrawable;

export const isTerminal = inGroup(STATE_GROUPS.terminal);
export const isClockRunning = inGroup(STATE_GROUPS.clockRunning);
export const isWatchedBySweep = inGroup(STATE_GROUPS.watchedBySweep);
