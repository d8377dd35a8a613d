import type { Principal } from '../auth/principal.js';
import { maskName } from '../privacy/mask.js';
import { POOR_GRADES, type Case } from './case.js';
import { ACTION_NAMES, ruleOf, type CaseAction, type Precondition } from './case-actions.js';
import { normaliseQueryCode } from './case-identifiers.js';

export type Refusal =
  | { ok: false; reason: 'not_signed_in' }
  | { ok: false; reason: 'forbidden' }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'wrong_state'; state: string; action: string }
  | { ok: false; reason: 'precondition'; precondition: Precondition; action: string };
export type Decision = { ok: true } | Refusal;

/** Who acts: a signed-in principal, the applicant proven by the case's query code, or the system (sweep, recompute). */
export type Acting = Principal | QueryCodeHolder | SystemActor;
export interface SystemActor {
  userId: 'system';
  role: 'system';
  name: 'system';
}
export const SYSTEM_ACTOR: SystemActor = { userId: 'system', role: 'system', name: 'system' };

/**
 * The applicant proven by the case's query code and the last 4 digits of its phone, with no
 * account (most counter applicants have none). Not a token role: it acts on that one case only,
 * and only where a row of the table names it (`queryCodeHolder: true`).
 */
export interface QueryCodeHolder {
  role: 'query_code_holder';
  /** Not an account: every holder is recorded under this one id. */
  userId: 'query_code_holder';
  /** The one case the code opens. */
  caseId: string;
  /** The applicant's name masked, as the lookup page shows it: who the code proves, not who typed it. */
  name: string;
}

/** The holder of `c`'s query code, when the code and the phone's last 4 digits are the case's; undefined otherwise. */
export function queryCodeHolderOf(
  c: Pick<Case, 'caseId' | 'queryCode' | 'applicant'>,
  proof: { queryCode: string; phoneLast4: string },
): QueryCodeHolder | undefined {
  const phone = c.applicant.phone ?? '';
  if (normaliseQueryCode(proof.queryCode) !== c.queryCode || !/^\d{4}$/.test(proof.phoneLast4) || !phone.endsWith(proof.phoneLast4)) return undefined;
  return { role: 'query_code_holder', userId: 'query_code_holder', caseId: c.caseId, name: maskName(c.applicant.name) };
}

const TOWNSHIP_STAFF = ['clerk', 'reviewer', 'approver'] as const;
type Readable = Pick<Case, 'applicantUserId' | 'filedBy' | 'townshipId' | 'countyId' | 'decidingOfficeId'>;

/** Whether the principal is on the applicant's side of the case (owner, or the proxy/clerk who filed it). */
export function isApplicantSide(principal: Principal, c: Pick<Case, 'applicantUserId' | 'filedBy' | 'townshipId'>): boolean {
  if (principal.role === 'resident') return c.applicantUserId === principal.userId;
  if (principal.role === 'proxy') return c.filedBy.userId === principal.userId;
  // A clerk acts for the applicant at the counter of the case's own township.
  if (principal.role === 'clerk') return principal.townshipId === c.townshipId;
  return false;
}

/**
 * May this principal read the case at all? Refusals say `not_found`, so that another
 * township's or another resident's case numbers cannot be probed.
 */
export function canRead(principal: Principal, c: Readable): Decision {
  if (principal.role === 'resident' || principal.role === 'proxy') {
    return isApplicantSide(principal, c) ? { ok: true } : { ok: false, reason: 'not_found' };
  }
  if ((TOWNSHIP_STAFF as readonly string[]).includes(principal.role)) {
    return principal.townshipId === c.townshipId ? { ok: true } : { ok: false, reason: 'not_found' };
  }
  if (principal.role === 'supervisor' || principal.role === 'admin') {
    return principal.countyId === c.countyId ? { ok: true } : { ok: false, reason: 'not_found' };
  }
  if (principal.role === 'county_officer') {
    return principal.countyId === c.countyId && principal.officeId === c.decidingOfficeId ? { ok: true } : { ok: false, reason: 'not_found' };
  }
  return { ok: false, reason: 'not_found' };
}

function isParty(principal: Principal, c: Case, party: ReturnType<typeof ruleOf>['party']): boolean {
  switch (party) {
    case 'applicant_side':
      return isApplicantSide(principal, c);
    case 'township_staff':
      return principal.townshipId === c.townshipId;
    case 'handling_office':
      return principal.townshipId === c.townshipId && principal.officeId === c.handlingOfficeId;
    case 'deciding_department':
      return principal.officeId === c.decidingOfficeId && principal.countyId === c.countyId;
    case 'case_staff':
      return principal.role === 'county_officer'
        ? principal.officeId === c.decidingOfficeId && principal.countyId === c.countyId
        : principal.townshipId === c.townshipId;
    case 'county_staff':
      return principal.countyId === c.countyId;
    case 'system':
      return false;
  }
}

/** Whether a precondition holds for this case and caller. */
export function holds(precondition: Precondition, c: Case, actor: Acting): boolean {
  switch (precondition) {
    case 'taken_by_caller':
      return c.review?.reviewer?.userId === actor.userId;
    case 'not_taken_by_caller':
      return c.review?.reviewer?.userId !== actor.userId;
    case 'has_proposal':
      return Boolean(c.review?.proposal);
    case 'no_pending_proposal':
      return !c.review?.proposal;
    case 'extension_unused':
      return !c.extension || c.extension.status === 'refused';
    case 'extension_requested':
      return c.extension?.status === 'requested';
    case 'forward_route':
      return isForwardRoute(c);
    case 'township_route':
      return !isForwardRoute(c);
    case 'proposed_by_other':
      // §34: the one who signs is never the one who reviewed and proposed.
      return Boolean(c.review?.proposal) && c.review?.proposal?.by.userId !== actor.userId && c.review?.reviewer?.userId !== actor.userId;
    case 'decision_in_force':
      return Boolean(c.decision) && !c.decision?.revoked;
    case 'not_rated_on_channel': {
      const channel = ratingChannelOf(actor);
      return !(c.ratings ?? []).some((r) => r.channel === channel);
    }
    case 'rectification_open':
      return (c.ratings ?? []).some((r) => r.rectification && !r.rectification.reply && r.appeal?.status !== 'upheld');
    case 'poor_rating_unappealed':
      return (c.ratings ?? []).some((r) => POOR_GRADES.includes(r.grade) && !r.appeal);
    case 'appeal_pending':
      return (c.ratings ?? []).some((r) => r.appeal?.status === 'pending');
    case 'supervision_open':
      return (c.supervisionOrders ?? []).some((o) => o.status === 'open');
    case 'supervision_replied':
      return (c.supervisionOrders ?? []).some((o) => o.status === 'replied');
  }
}

/** Ratings at the counter are "一次一评" (on the counter's tablet page); online ones "一事一评". */
export function ratingChannelOf(actor: Acting): 'online' | 'counter' {
  return actor.role === 'clerk' ? 'counter' : 'online';
}

/** A forwarded item is decided by a county department, not by the township's approval office. */
export function isForwardRoute(c: Pick<Case, 'route'>): boolean {
  return c.route === 'forward_to_county';
}

/**
 * May this actor take `action` on the case now? Checks reading, role, party, state and the row's
 * preconditions, in that order. This is the one gate: transition() calls it for every change.
 */
export function canAct(actor: Acting, c: Case, action: CaseAction): Decision {
  const rule = ruleOf(action);
  if (actor.role === 'system') {
    if (rule.party !== 'system') return { ok: false, reason: 'forbidden' };
  } else if (actor.role === 'query_code_holder') {
    // The code opens its own case and no other; on it, only the rows that name the holder.
    if (actor.caseId !== c.caseId) return { ok: false, reason: 'not_found' };
    if (!rule.queryCodeHolder) return { ok: false, reason: 'forbidden' };
  } else {
    const read = canRead(actor, c);
    if (!read.ok) return read;
    if (!rule.roles.includes(actor.role)) return { ok: false, reason: 'forbidden' };
    if (!isParty(actor, c, rule.party)) return { ok: false, reason: 'forbidden' };
  }
  // The first event creates the case: it comes from nowhere.
  const fromOk = rule.from.length === 0 ? c.lastEventSeq === 0 : rule.from.includes(c.state);
  if (!fromOk) return { ok: false, reason: 'wrong_state', state: c.state, action };
  for (const precondition of rule.requires ?? []) {
    if (!holds(precondition, c, actor)) return { ok: false, reason: 'precondition', precondition, action };
  }
  return { ok: true };
}

/** What this principal may do on the case now; the web renders its buttons from this and nothing else. */
export function allowedActions(principal: Principal, c: Case): CaseAction[] {
  return ACTION_NAMES.filter((action) => action !== 'submit' && canAct(principal, c, action).ok);
}
