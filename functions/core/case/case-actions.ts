import type { Role } from '../auth/principal.js';
import type { CaseState } from './case-states.js';
import { CASE_STATES, STATE_GROUPS } from './case-states.js';

/** Who, relative to the case, may take an action. */
export type Party =
  /** The resident who owns the case, or the proxy or clerk who filed it for them. */
  | 'applicant_side'
  /** Staff of the case's township in one of the listed roles. */
  | 'township_staff'
  /** A reviewer of the township office the case is routed to (承办机构). */
  | 'handling_office'
  /** The county department a forwarded case is decided by (转报). */
  | 'deciding_department'
  /** Staff working the case: the township's staff, or the county department deciding it. */
  | 'case_staff'
  /** The county service centre of the case's county (supervision). */
  | 'county_staff'
  /** The system itself (deadline sweep, calendar recompute). */
  | 'system';

/** What an action does to the case clock (the time limit). */
export type ClockEffect = 'start' | 'pause' | 'resume' | 'extend' | 'stop' | 'reset';

/** The written notices an action issues (printable, kept with the event). */
export type NoticeKind =
  | 'acceptance_notice'
  | 'correction_notice'
  | 'not_accepted_notice'
  | 'suspension_notice'
  | 'extension_notice'
  | 'information_request'
  | 'decision'
  | 'termination_notice'
  | 'delivery_receipt'
  | 'supervision_order';

/**
 * Facts about the case an action needs besides its state (a proposal to sign, an extension not
 * yet used…). Each names the refusal code the API answers with when it does not hold.
 */
export type Precondition =
  | 'taken_by_caller'
  | 'not_taken_by_caller'
  | 'has_proposal'
  | 'no_pending_proposal'
  | 'extension_unused'
  | 'extension_requested'
  | 'forward_route'
  | 'township_route'
  | 'proposed_by_other'
  | 'decision_in_force'
  | 'not_rated_on_channel'
  | 'rectification_open'
  | 'poor_rating_unappealed'
  | 'appeal_pending'
  | 'supervision_open'
  | 'supervision_replied';

export interface ActionRule {
  /** States the action may start from. */
  from: readonly CaseState[];
  /** State it leads to; `null` for a note that records something and keeps the state. */
  to: CaseState | null;
  /** Roles allowed, with the party they must be. */
  roles: readonly Role[];
  party: Party;
  /**
   * The applicant proven by the case's query code and phone digits (no account, see
   * QueryCodeHolder in case-access.ts) may take it too, on that case only.
   */
  queryCodeHolder?: boolean;
  /** Shown in the public progress list (residents see these steps). */
  public: boolean;
  clock?: ClockEffect;
  notice?: NoticeKind;
  requires?: readonly Precondition[];
}

const BEFORE_DECISION = STATE_GROUPS.withdrawable;
/** Rated once finished: completed, not accepted, or terminated (国办发〔2019〕51号). */
const RATEABLE = STATE_GROUPS.rateable;
/** Every state but the first: the county may supervise a case at any point once it is received. */
const SUPERVISABLE = CASE_STATES;

/**
 * The lifecycle as one table: every row has generated tests (allowed and refused), and
 * `transition()` is the only way a case changes, so no caller can skip a row's guard.
 */
export const CASE_ACTIONS = {
  // Intake (front desk).
  submit: { from: [], to: 'submitted', roles: ['resident', 'proxy', 'clerk'], party: 'applicant_side', public: true },
  accept: { from: ['submitted'], to: 'under_review', roles: ['clerk'], party: 'township_staff', public: true, clock: 'start', notice: 'acceptance_notice' },
  require_correction: { from: ['submitted'], to: 'correction_required', roles: ['clerk'], party: 'township_staff', public: true, notice: 'correction_notice' },
  resubmit: { from: ['correction_required'], to: 'submitted', roles: ['resident', 'proxy', 'clerk'], party: 'applicant_side', public: true },
  not_accept: {
    from: ['submitted', 'correction_required'],
    to: 'not_accepted',
    roles: ['clerk'],
    party: 'township_staff',
    public: true,
    notice: 'not_accepted_notice',
  },
  withdraw: { from: BEFORE_DECISION, to: 'withdrawn', roles: ['resident', 'proxy', 'clerk'], party: 'applicant_side', public: true, clock: 'stop' },
  deem_accepted: { from: ['submitted'], to: 'under_review', roles: [], party: 'system', public: true, clock: 'start' },
  record_original: { from: ['submitted', 'under_review'], to: null, roles: ['clerk'], party: 'township_staff', public: false },
  supply_material: {
    from: ['under_review', 'suspended', 'forwarded'],
    to: null,
    roles: ['resident', 'proxy', 'clerk'],
    party: 'applicant_side',
    public: false,
  },

  // Back office review (后台分类审批).
  take: { from: ['under_review'], to: null, roles: ['reviewer'], party: 'handling_office', public: false, requires: ['not_taken_by_caller'] },
  record_opinion: {
    from: ['under_review', 'suspended'],
    to: null,
    roles: ['reviewer'],
    party: 'handling_office',
    public: false,
    requires: ['taken_by_caller'],
  },
  request_info: {
    from: ['under_review'],
    to: null,
    roles: ['reviewer'],
    party: 'handling_office',
    public: true,
    notice: 'information_request',
    requires: ['taken_by_caller'],
  },
  propose: {
    from: ['under_review'],
    to: null,
    roles: ['reviewer'],
    party: 'handling_office',
    public: false,
    requires: ['taken_by_caller', 'township_route', 'no_pending_proposal'],
  },
  withdraw_proposal: { from: ['under_review'], to: null, roles: ['reviewer'], party: 'handling_office', public: false, requires: ['has_proposal'] },
  return_to_counter: {
    from: ['under_review'],
    to: 'submitted',
    roles: ['reviewer'],
    party: 'handling_office',
    public: false,
    clock: 'reset',
    requires: ['taken_by_caller', 'no_pending_proposal'],
  },
  forward: {
    from: ['under_review'],
    to: 'forwarded',
    roles: ['reviewer'],
    party: 'handling_office',
    public: true,
    requires: ['taken_by_caller', 'forward_route'],
  },
  return_to_township: { from: ['forwarded'], to: 'under_review', roles: ['county_officer'], party: 'deciding_department', public: false },

  // The clock: suspension (§45) and extension (§42).
  suspend: {
    from: ['under_review'],
    to: 'suspended',
    roles: ['reviewer'],
    party: 'handling_office',
    public: true,
    clock: 'pause',
    notice: 'suspension_notice',
    requires: ['taken_by_caller', 'no_pending_proposal'],
  },
  resume: { from: ['suspended'], to: 'under_review', roles: ['reviewer'], party: 'handling_office', public: true, clock: 'resume' },
  request_extension: {
    from: ['under_review', 'suspended'],
    to: null,
    roles: ['reviewer'],
    party: 'handling_office',
    public: false,
    requires: ['taken_by_caller', 'extension_unused'],
  },
  approve_extension: {
    from: ['under_review', 'suspended'],
    to: null,
    roles: ['approver'],
    party: 'township_staff',
    public: true,
    clock: 'extend',
    notice: 'extension_notice',
    requires: ['extension_requested'],
  },
  refuse_extension: {
    from: ['under_review', 'suspended'],
    to: null,
    roles: ['approver'],
    party: 'township_staff',
    public: false,
    requires: ['extension_requested'],
  },

  // Decision under the one seal (一枚印章管审批), or by the county department for forwarded items.
  reject_proposal: { from: ['under_review'], to: null, roles: ['approver'], party: 'township_staff', public: false, requires: ['has_proposal'] },
  decide: {
    from: ['under_review'],
    to: 'decided',
    roles: ['approver'],
    party: 'township_staff',
    public: true,
    clock: 'stop',
    notice: 'decision',
    requires: ['has_proposal', 'proposed_by_other'],
  },
  decide_forwarded: {
    from: ['forwarded'],
    to: 'decided',
    roles: ['county_officer'],
    party: 'deciding_department',
    public: true,
    clock: 'stop',
    notice: 'decision',
  },
  terminate: {
    from: ['under_review', 'suspended', 'forwarded'],
    to: 'terminated',
    roles: ['approver'],
    party: 'township_staff',
    public: true,
    clock: 'stop',
    notice: 'termination_notice',
  },
  revoke_decision: {
    from: ['decided', 'delivered', 'completed'],
    to: null,
    roles: ['approver'],
    party: 'township_staff',
    public: true,
    requires: ['decision_in_force'],
  },

  // Results out through the same window (统一窗口出件), completion, rating (好差评).
  // Only a decision still in force goes out: one set aside (revoke_decision) is not handed over.
  deliver: {
    from: ['decided'],
    to: 'delivered',
    roles: ['clerk'],
    party: 'township_staff',
    public: true,
    notice: 'delivery_receipt',
    requires: ['decision_in_force'],
  },
  // The signed decision downloaded: from "my cases", or from the lookup page by the query code (no account).
  deliver_electronically: {
    from: ['decided'],
    to: 'delivered',
    roles: ['resident', 'proxy'],
    party: 'applicant_side',
    queryCodeHolder: true,
    public: true,
    requires: ['decision_in_force'],
  },
  complete: { from: ['delivered'], to: 'completed', roles: [], party: 'system', public: true },
  rate: { from: RATEABLE, to: null, roles: ['resident', 'proxy', 'clerk'], party: 'applicant_side', public: false, requires: ['not_rated_on_channel'] },
  reply_rectification: { from: RATEABLE, to: null, roles: ['reviewer', 'approver'], party: 'township_staff', public: true, requires: ['rectification_open'] },
  appeal_rating: { from: RATEABLE, to: null, roles: ['approver'], party: 'township_staff', public: false, requires: ['poor_rating_unappealed'] },
  decide_appeal: { from: RATEABLE, to: null, roles: ['supervisor'], party: 'county_staff', public: false, requires: ['appeal_pending'] },

  // The county's supervision (督办): orders on the case's record, answered by the office working it.
  issue_supervision_order: { from: SUPERVISABLE, to: null, roles: ['supervisor'], party: 'county_staff', public: false, notice: 'supervision_order' },
  reply_supervision_order: {
    from: SUPERVISABLE,
    to: null,
    roles: ['reviewer', 'approver', 'county_officer'],
    party: 'case_staff',
    public: false,
    requires: ['supervision_open'],
  },
  close_supervision_order: { from: SUPERVISABLE, to: null, roles: ['supervisor'], party: 'county_staff', public: false, requires: ['supervision_replied'] },
  escalate_supervision_order: { from: SUPERVISABLE, to: null, roles: ['supervisor'], party: 'county_staff', public: false, requires: ['supervision_replied'] },

  // The system's notes.
  due_dates_changed: { from: ['submitted', ...STATE_GROUPS.clockRunning], to: null, roles: [], party: 'system', public: false },
  card_changed: { from: STATE_GROUPS.clockRunning, to: null, roles: [], party: 'system', public: false },
  /** A step limit (pre-review, forwarding, delivery, a reply…) passed: on the record once, in any state. */
  limit_flagged: { from: CASE_STATES, to: null, roles: [], party: 'system', public: false },
} as const satisfies Record<string, ActionRule>;

export type CaseAction = keyof typeof CASE_ACTIONS;
export const ACTION_NAMES = Object.keys(CASE_ACTIONS) as CaseAction[];

/** The rule of an action, typed as the general shape. */
export function ruleOf(action: CaseAction): ActionRule {
  return CASE_ACTIONS[action];
}
