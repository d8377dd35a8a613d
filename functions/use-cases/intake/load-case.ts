import type { Principal } from '../../core/auth/principal.js';
import type { Case } from '../../core/case/case.js';
import type { CaseAction } from '../../core/case/case-actions.js';
import { canAct, canRead, type Decision } from '../../core/case/case-access.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import { refusalError } from '../../core/case/transition.js';
import type { CaseStore } from '../../ports/case-store.js';

function refuse(decision: Decision, caseId: string): void {
  if (!decision.ok) throw refusalError(decision, caseId);
}

/** Loads a case the principal may read; 404 otherwise (other tenants' cases are not revealed). */
export async function loadReadableCase(cases: CaseStore, principal: Principal, caseId: string): Promise<Case> {
  const c = await cases.get(caseId);
  if (!c) throw new NotFoundError(`case ${caseId}`);
  refuse(canRead(principal, c), caseId);
  return c;
}

/** The same with the case's events, by one read (the case view). */
export async function loadReadableCaseWithEvents(cases: CaseStore, principal: Principal, caseId: string) {
  const found = await cases.getWithEvents(caseId);
  if (!found) throw new NotFoundError(`case ${caseId}`);
  refuse(canRead(principal, found.case), caseId);
  return found;
}

/**
 * Loads a case for an action: readable, allowed for the role and party, in a state the action
 * starts from, and still at the version the caller saw (409 if someone acted first).
 */
export async function loadCaseForAction(cases: CaseStore, principal: Principal, caseId: string, action: CaseAction, expectedVersion: number): Promise<Case> {
  const c = await loadReadableCase(cases, principal, caseId);
  if (c.version !== expectedVersion) {
    throw new ConflictError(`case ${caseId} is at version ${c.version}, not ${expectedVersion}`, 'VERSION_CONFLICT');
  }
  refuse(canAct(principal, c, action), caseId);
  return c;
}
