import { may } from '../../core/auth/policy.js';
import type { Principal } from '../../core/auth/principal.js';
import type { Case } from '../../core/case/case.js';
import type { CaseListRow } from '../../ports/case-list-rows.js';
import { normaliseQueryCode, phoneCheckOf } from '../../core/case/case-identifiers.js';
import { verifyChain } from '../../core/case/case-event.js';
import { checkCaseAnchors } from '../audit/chain-anchors.js';
import { allowedActions, queryCodeHolderOf } from '../../core/case/case-access.js';
import { clockViewOf, limitsOf } from '../../core/case/case-clock-view.js';
import { chinaDateOf } from '../../core/calendar/china-date.js';
import { CASE_STATES, PENDING_STATES, type CaseState } from '../../core/case/case-states.js';
import { ForbiddenError, NotFoundError } from '../../core/errors.js';
import { caseListEntry, maskedApplicant } from './case-views.js';
import type { IntakeDeps } from './intake-deps.js';
import { itemNameOf, itemNamesOf } from './item-names.js';
import { lookupView } from './lookup-view.js';
import { loadReadableCase, loadReadableCaseWithEvents } from './load-case.js';

/**
 * The cases a principal works on: a township's queue for its staff (default: waiting at the
 * counter), a resident's own cases, a proxy's filed cases. Personal data masked.
 */
export async function listCases(deps: IntakeDeps, principal: Principal, options: { states?: CaseState[]; limit?: number }) {
  const limit = Math.min(options.limit ?? 50, 200);
  let cases: CaseListRow[];
  if (may(principal, 'list_own_cases')) {
    cases = await deps.cases.listByApplicant(principal.userId, limit);
    if (options.states) cases = cases.filter((c) => options.states!.includes(c.state));
  } else if (may(principal, 'list_township_cases')) {
    if (!principal.townshipId) throw new ForbiddenError('staff token has no township');
    cases = await deps.cases.listByTownship(principal.townshipId, options.states ?? PENDING_STATES, limit);
  } else {
    throw new ForbiddenError(`role ${principal.role} has no case list here`);
  }
  const nameOf = await itemNamesOf(deps, cases);
  return cases.map((c) => caseListEntry(c, nameOf(c)));
}

/**
 * A case in full for someone allowed to read it, with what the caller may do now and the clock
 * as read today; residents see public steps only.
 */
export async function getCase(deps: IntakeDeps, principal: Principal, caseId: string) {
  const { case: c, events } = await loadReadableCaseWithEvents(deps.cases, principal, caseId);
  const [clock, itemName] = await Promise.all([caseClockView(deps, c), itemNameOf(deps, c)]);
  const applicantSide = principal.role === 'resident' || principal.role === 'proxy';
  // The county reads every township's cases for supervision: it sees the applicant masked (PIPL).
  const county = principal.role === 'supervisor' || principal.role === 'admin';
  return {
    case: county ? { ...c, applicant: maskedApplicant(c.applicant) } : c,
    ...(itemName ? { itemName } : {}),
    events: applicantSide ? events.filter((e) => e.public) : events,
    allowedActions: allowedActions(principal, c),
    ...(clock ? { clock } : {}),
  };
}

/** The clock of an accepted case as read today (one clock: case-clock-view.ts). */
export async function caseClockView(deps: IntakeDeps, c: Case) {
  if (!c.acceptedOn) return undefined;
  const limits = c.limits ?? limitsOf(await deps.catalogue.itemForCase(c.itemCode, c.itemVersion, c.townshipId, c.variantAnswers));
  const { calendar } = await deps.clock();
  return clockViewOf(c, limits, calendar, chinaDateOf(deps.now()));
}

/**
 * Progress by query code plus the applicant phone's last 4 digits, no login; a mismatch is a plain
 * 404. The code's pointer says whether the digits match (cases stored before it did: their case
 * does), so a wrong guess reads no case, and a right one reads the case while `onMatch` runs
 * (the attempt limiter gives the attempt back).
 */
export async function lookupProgress(deps: IntakeDeps, queryCode: string, phoneLast4: string, options: { onMatch?: () => Promise<void> } = {}) {
  const code = normaliseQueryCode(queryCode);
  const notFound = () => new NotFoundError('no case for this code and phone');
  const pointer = await deps.cases.findQueryCode(code);
  if (!pointer) throw notFound();
  const checked = pointer.phoneCheck !== undefined;
  if (checked && pointer.phoneCheck !== phoneCheckOf(code, phoneLast4)) throw notFound();
  const [found] = await Promise.all([deps.cases.getWithEvents(pointer.caseId), checked ? options.onMatch?.() : undefined]);
  // The case itself is the proof (the pointer's check only spares a wrong guess the read).
  const holder = found && queryCodeHolderOf(found.case, { queryCode, phoneLast4 });
  if (!found || !holder) throw notFound();
  return lookupView(deps, found.case, found.events, holder);
}

/** Recomputes a case's event chain (county supervisor, administrator, or the township's staff). */
export async function verifyCaseChain(deps: IntakeDeps, principal: Principal, caseId: string) {
  if (!may(principal, 'verify_audit_chain')) {
    throw new ForbiddenError('only staff verify audit chains');
  }
  const c = await loadReadableCase(deps.cases, principal, caseId);
  const events = await deps.cases.events(caseId);
  const checkedAt = deps.now().toISOString();
  const verdict = verifyChain(caseId, events, c);
  if (!deps.anchors) return { caseId, caseNumber: c.caseNumber, verdict, checkedAt };
  // A chain rewritten consistently with its head verifies on its own; the anchor outside the table shows it.
  const anchored = await checkCaseAnchors({ seal: deps.seal, anchors: deps.anchors }, caseId, events);
  const anchor = {
    anchoredHeads: anchored.verdict.ok ? anchored.verdict.anchoredHeads : undefined,
    invalidDigests: anchored.invalidDigests,
    ...(anchored.lastDay ? { lastAnchoredDay: anchored.lastDay } : {}),
  };
  const final = verdict.ok && !anchored.verdict.ok ? anchored.verdict : verdict;
  return { caseId, caseNumber: c.caseNumber, verdict: final, anchor, checkedAt };
}

export const isCaseState = (value: string): value is CaseState => (CASE_STATES as readonly string[]).includes(value);
