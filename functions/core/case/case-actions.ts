import type { Role } from '../auth/principal.js';
import type { CaseState } from './case-states.js';
import { WITHDRAWABLE_STATES } from './case-states.js';

/** Who, relative to the case, may take an action. */
export type Party =
  /** The resident who owns the case, or the proxy or clerk who filed it for them. */
  | 'applicant_side'
  /** Staff of the case's township in one of the listed roles. */
  | 'township_staff'
  /** The system itself (deadline sweep). */
  | 'system';

export interface ActionRule {
  /** States the action may start from. */
  from: readonly CaseState[];
  to: CaseState;
  /** Roles allowed, with the party they must be. */
  roles: readonly Role[];
  party: Party;
  /** Shown in the public progress list (residents see these steps). */
  public: boolean;
}

/**
 * The intake part of the lifecycle as a table: every row has a test, including refusals.
 * Later stages (review, suspension, decision, delivery) add their rows here.
 */
export const CASE_ACTIONS = {
  submit: { from: [], to: 'submitted', roles: ['resident', 'proxy', 'clerk'], party: 'applicant_side', public: true },
  accept: { from: ['submitted'], to: 'under_review', roles: ['clerk'], party: 'township_staff', public: true },
  require_correction: {
    from: ['submitted'],
    to: 'correction_required',
    roles: ['clerk'],
    party: 'township_staff',
    public: true,
  },
  resubmit: {
    from: ['correction_required'],
    to: 'submitted',
    roles: ['resident', 'proxy', 'clerk'],
    party: 'applicant_side',
    public: true,
  },
  not_accept: {
    from: ['submitted', 'correction_required'],
    to: 'not_accepted',
    roles: ['clerk'],
    party: 'township_staff',
    public: true,
  },
  withdraw: { from: WITHDRAWABLE_STATES, to: 'withdrawn', roles: ['resident', 'proxy', 'clerk'], party: 'applicant_side', public: true },
  deem_accepted: { from: ['submitted'], to: 'under_review', roles: [], party: 'system', public: true },
} as const satisfies Record<string, ActionRule>;

export type CaseAction = keyof typeof CASE_ACTIONS;

/** Actions that record something on the case without changing its state. */
export const CASE_NOTES = ['record_original', 'supply_material', 'due_dates_changed', 'card_changed'] as const;
export type CaseNote = (typeof CASE_NOTES)[number];
