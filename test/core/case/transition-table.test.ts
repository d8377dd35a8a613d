import { describe, expect, it } from 'vitest';
import { ROLES, type Principal, type Role } from '../../../functions/core/auth/principal.js';
import type { Case, CaseRating } from '../../../functions/core/case/case.js';
import { allowedActions, canAct, queryCodeHolderOf, ratingChannelOf, SYSTEM_ACTOR, type QueryCodeHolder } from '../../../functions/core/case/case-access.js';
import { ACTION_NAMES, CASE_ACTIONS, ruleOf, type CaseAction, type Precondition } from '../../../functions/core/case/case-actions.js';
import { CASE_STATES, type CaseState } from '../../../functions/core/case/case-states.js';
import { draftCase, P } from './fixtures.js';

/**
 * Generated from the table itself: every action × every state × every role, with the caller on
 * the right side of the case for their role, and every precondition broken one at a time. A new
 * row is tested the moment it is added.
 */

/** A principal of `role` who is the party each rule expects (owner, filer, township staff, handling office, department). */
const insider: Record<Role, Principal> = {
  resident: P.resident,
  proxy: P.proxy,
  clerk: P.clerk,
  reviewer: P.reviewer,
  approver: P.approver,
  county_officer: { ...P.officer, officeId: 'county-amr' },
  supervisor: P.supervisor,
  admin: P.admin,
};
/** The same role, one township or office away. */
const outsider: Record<Role, Principal> = {
  resident: P.otherResident,
  proxy: P.otherProxy,
  clerk: P.otherClerk,
  reviewer: { ...P.reviewer, userId: 'u-reviewer-bh', townshipId: 'baihe', officeId: 'baihe-social' },
  approver: { ...P.approver, userId: 'u-approver-bh', townshipId: 'baihe' },
  county_officer: { ...P.officer, userId: 'u-officer-x', officeId: 'county-forestry' },
  supervisor: P.otherSupervisor,
  admin: { ...P.admin, countyId: 'elsewhere' },
};

const someoneElse = { userId: 'u-someone-else', name: '其他人' };
const rating = (r: Partial<CaseRating>): CaseRating => ({ ratingId: 'r1', channel: 'online', grade: 'satisfied', at: 'x', by: someoneElse, ...r });

/** Who the generated cases are built for: a principal of a role, or the applicant proven by the query code. */
type Caller = Principal | QueryCodeHolder;

/** Case facts that make one precondition hold (or, with `hold = false`, fail) for `actor`. */
function facts(p: Precondition, actor: Caller, hold: boolean): Partial<Case> {
  const mine = { userId: actor.userId, name: actor.name, takenAt: '2026-03-03T00:00:00Z' };
  const proposal = (by: { userId: string; name: string }) => ({ outcome: 'grant' as const, reasons: [], legalBasis: ['x'], by, at: '2026-03-03T00:00:00Z' });
  const extension = (status: 'requested' | 'approved') => ({
    workingDays: 5,
    reason: 'r',
    requestedBy: someoneElse,
    requestedAt: '2026-03-03T00:00:00Z',
    status,
  });
  switch (p) {
    case 'taken_by_caller':
      return { review: { reviewer: hold ? mine : { ...someoneElse, takenAt: mine.takenAt } } };
    case 'not_taken_by_caller':
      return { review: hold ? {} : { reviewer: mine } };
    case 'has_proposal':
      return { review: hold ? { proposal: proposal(someoneElse) } : {} };
    case 'no_pending_proposal':
      return { review: hold ? {} : { proposal: proposal(someoneElse) } };
    case 'extension_unused':
      return hold ? {} : { extension: extension('approved') };
    case 'extension_requested':
      return hold ? { extension: extension('requested') } : {};
    case 'forward_route':
      return { route: hold ? 'forward_to_county' : 'township_decides' };
    case 'township_route':
      return { route: hold ? 'township_decides' : 'forward_to_county' };
    case 'proposed_by_other':
      return { review: { proposal: proposal(hold ? someoneElse : actor) } };
    case 'not_rated_on_channel':
      return hold ? {} : { ratings: [rating({ channel: ratingChannelOf(actor) })] };
    case 'rectification_open':
      return hold ? { ratings: [rating({ grade: 'dissatisfied', rectification: { officeId: 'qingshi-social', dueOn: '2026-03-10' } })] } : {};
    case 'poor_rating_unappealed':
      return hold ? { ratings: [rating({ grade: 'very_dissatisfied' })] } : {};
    case 'appeal_pending':
      return hold ? { ratings: [rating({ grade: 'dissatisfied', appeal: { reason: 'r', at: 'x', by: someoneElse, status: 'pending' } })] } : {};
    case 'supervision_open':
      return { supervisionOrders: hold ? [{ orderId: 'o1', status: 'open', replyDueOn: '2026-03-10' }] : [] };
    case 'supervision_replied':
      return { supervisionOrders: hold ? [{ orderId: 'o1', status: 'replied', replyDueOn: '2026-03-10' }] : [] };
    case 'decision_in_force':
      return hold
        ? {
            decision: {
              outcome: 'grant',
              documentNumber: 'D',
              verifyCode: 'V',
              decidedAt: 'x',
              decidedOn: 'x',
              by: someoneElse,
              issuer: { kind: 'township', id: 'qingshi' },
              reasons: [],
              legalBasis: [],
            },
          }
        : {};
  }
}

/** Merges the facts of several preconditions (review blocks are merged field by field). */
function caseFor(action: CaseAction, state: CaseState, actor: Caller, broken?: Precondition): Case {
  const rule = ruleOf(action);
  let patch: Partial<Case> = { state, lastEventSeq: rule.from.length === 0 ? 0 : 3, decidingOfficeId: 'county-amr', route: 'township_decides' };
  // The broken precondition's facts go last, so that another precondition cannot mend it.
  const order = [...(rule.requires ?? [])].sort((a, b) => Number(a === broken) - Number(b === broken));
  for (const p of order) {
    const f = facts(p, actor, p !== broken);
    patch = { ...patch, ...f, review: p === broken && p === 'has_proposal' ? {} : { ...patch.review, ...f.review } };
  }
  // A proxy's case is one the proxy filed; everyone else's is the resident's own online case.
  const owner =
    actor.role === 'proxy'
      ? { channel: 'proxy' as const, applicantUserId: undefined, filedBy: { userId: actor.userId, role: 'proxy' as const, name: actor.name } }
      : {};
  // County officers act on cases decided by their department.
  return draftCase({ ...owner, ...patch });
}

const combos = ACTION_NAMES.flatMap((action) => CASE_STATES.map((state) => [action, state] as const));

describe.each(combos)('%s from %s', (action, state) => {
  const rule = ruleOf(action);
  it.each(ROLES)('by %s: allowed exactly when the table says so', (role) => {
    const actor = insider[role];
    const decision = canAct(actor, caseFor(action, state, actor), action);
    const fromOk = rule.from.length === 0 || rule.from.includes(state);
    const expected = !rule.roles.includes(role) || rule.party === 'system' ? 'refused' : fromOk ? 'ok' : 'wrong_state';
    const got = decision.ok ? 'ok' : decision.reason === 'wrong_state' ? 'wrong_state' : 'refused';
    expect(got).toBe(expected);
    expect(allowedActions(actor, caseFor(action, state, actor)).includes(action)).toBe(decision.ok && action !== 'submit');
  });
});

describe.each(ACTION_NAMES.filter((a) => ruleOf(a).roles.length > 0 && ruleOf(a).from.length > 0))('%s by the wrong tenant', (action) => {
  const rule = ruleOf(action);
  it.each(rule.roles as readonly Role[])('refuses %s of another township, office or account', (role) => {
    // The insider's case, with every precondition holding for the insider: only the tenant differs.
    const decision = canAct(outsider[role], caseFor(action, rule.from[0]!, insider[role]), action);
    expect(decision.ok).toBe(false);
    expect(['not_found', 'forbidden']).toContain(decision.ok ? 'ok' : decision.reason);
  });
});

const guarded = ACTION_NAMES.flatMap((action) => (ruleOf(action).requires ?? []).map((p) => [action, p] as const));
describe.each(guarded)('%s needs %s', (action, precondition) => {
  it('and is refused with that precondition named when it does not hold', () => {
    const rule = ruleOf(action);
    const actor = insider[rule.roles[0] as Role];
    expect(canAct(actor, caseFor(action, rule.from[0]!, actor), action).ok).toBe(true);
    // Preconditions can overlap (a proposal by another implies a proposal): some precondition of the row is named.
    const refused = canAct(actor, caseFor(action, rule.from[0]!, actor, precondition), action);
    expect(refused).toMatchObject({ ok: false, reason: 'precondition', action });
    expect(rule.requires).toContain(refused.ok ? '' : refused.reason === 'precondition' ? refused.precondition : '');
  });
});

/** The applicant of draftCase() (the demo case 'case-1'), proven by its query code and phone digits. */
const holder = queryCodeHolderOf(draftCase(), { queryCode: 'abcd-efgh23', phoneLast4: '8000' })!;
const holderRows = ACTION_NAMES.filter((a) => ruleOf(a).queryCodeHolder);

describe.each(combos)('%s from %s by the query-code holder', (action, state) => {
  const rule = ruleOf(action);
  it('is allowed exactly where the row names the holder and the state fits, on the code’s own case', () => {
    const decision = canAct(holder, caseFor(action, state, holder), action);
    const fromOk = rule.from.length === 0 || rule.from.includes(state);
    const expected = !rule.queryCodeHolder ? 'forbidden' : fromOk ? 'ok' : 'wrong_state';
    expect(decision.ok ? 'ok' : decision.reason).toBe(expected);
  });
});

describe('the query-code holder', () => {
  it('is named by at least one row (the electronic delivery), which the holder cannot take on another case', () => {
    expect(holderRows).toContain('deliver_electronically');
    for (const action of holderRows) {
      const rule = ruleOf(action);
      const theirs = caseFor(action, rule.from[0]!, holder);
      expect(canAct(holder, theirs, action).ok, action).toBe(true);
      expect(canAct({ ...holder, caseId: 'case-2' }, theirs, action), action).toEqual({ ok: false, reason: 'not_found' });
      expect(canAct(holder, { ...theirs, caseId: 'case-2' }, action), action).toEqual({ ok: false, reason: 'not_found' });
    }
  });

  it.each(holderRows.flatMap((action) => (ruleOf(action).requires ?? []).map((p) => [action, p] as const)))(
    '%s needs %s of the holder too',
    (action, precondition) => {
      const from = ruleOf(action).from[0]!;
      expect(canAct(holder, caseFor(action, from, holder, precondition), action)).toMatchObject({ ok: false, reason: 'precondition' });
    },
  );

  it.each([
    ['the code and the last 4 digits', { queryCode: 'ABCDEFGH23', phoneLast4: '8000' }, true],
    ['the code as typed (lower case, dashes, spaces)', { queryCode: ' abcd-efgh 23', phoneLast4: '8000' }, true],
    ['another code', { queryCode: 'ABCDEFGH24', phoneLast4: '8000' }, false],
    ['other digits', { queryCode: 'ABCDEFGH23', phoneLast4: '8001' }, false],
    ['digits from the middle of the phone', { queryCode: 'ABCDEFGH23', phoneLast4: '0013' }, false],
    ['not four digits', { queryCode: 'ABCDEFGH23', phoneLast4: '000' }, false],
  ] as const)('is proven by %s → %s', (_what, proof, proven) => {
    const found = queryCodeHolderOf(draftCase(), proof);
    expect(Boolean(found)).toBe(proven);
    // The record names the holder by the applicant's masked name, never the phone or the code.
    if (found) expect(found).toEqual({ role: 'query_code_holder', userId: 'query_code_holder', caseId: 'case-1', name: '张*' });
  });
});

describe('the system', () => {
  it.each(ACTION_NAMES)('takes %s only where the row is the system’s', (action) => {
    const rule = ruleOf(action);
    const c = draftCase({ state: rule.from[0] ?? 'submitted', lastEventSeq: 3 });
    expect(canAct(SYSTEM_ACTOR, c, action).ok).toBe(rule.party === 'system' && rule.from.length > 0);
  });

  it('has every row reachable by someone', () => {
    for (const [action, rule] of Object.entries(CASE_ACTIONS)) {
      expect(rule.party === 'system' || rule.roles.length > 0, action).toBe(true);
    }
  });
});

describe('two people decide (§34)', () => {
  it('refuses the approver who also reviewed the case', () => {
    const c = draftCase({
      state: 'under_review',
      lastEventSeq: 5,
      review: {
        reviewer: { userId: P.approver.userId, name: P.approver.name, takenAt: 'x' },
        proposal: { outcome: 'grant', reasons: [], legalBasis: ['x'], by: someoneElse, at: 'x' },
      },
    });
    expect(canAct(P.approver, c, 'decide')).toMatchObject({ ok: false, precondition: 'proposed_by_other' });
  });
});
