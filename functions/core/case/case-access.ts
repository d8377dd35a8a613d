import type { Principal } from '../auth/principal.js';
import type { Case } from './case.js';
import { CASE_ACTIONS, type CaseAction } from './case-actions.js';

export type Refusal =
  | { ok: false; reason: 'not_signed_in' }
  | { ok: false; reason: 'forbidden' }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'wrong_state'; state: string; action: string };
export type Decision = { ok: true } | Refusal;

const TOWNSHIP_STAFF = ['clerk', 'reviewer', 'approver'] as const;

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
export function canRead(principal: Principal, c: Pick<Case, 'applicantUserId' | 'filedBy' | 'townshipId' | 'countyId' | 'decidingOfficeId'>): Decision {
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

/** May this principal take `action` on the case now? Checks reading, role, party and state, in that order. */
export function canAct(principal: Principal, c: Case, action: CaseAction): Decision {
  const read = canRead(principal, c);
  if (!read.ok) return read;
  const rule = CASE_ACTIONS[action];
  if (!(rule.roles as readonly string[]).includes(principal.role)) return { ok: false, reason: 'forbidden' };
  if (rule.party === 'applicant_side' && !isApplicantSide(principal, c)) return { ok: false, reason: 'forbidden' };
  if (rule.party === 'township_staff' && principal.townshipId !== c.townshipId) return { ok: false, reason: 'forbidden' };
  if (!(rule.from as readonly string[]).includes(c.state)) {
    return { ok: false, reason: 'wrong_state', state: c.state, action };
  }
  return { ok: true };
}
