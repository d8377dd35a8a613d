import type { Principal } from '../../core/auth/principal.js';
import { chinaDateOf } from '../../core/calendar/china-date.js';
import { ForbiddenError } from '../../core/errors.js';
import { supervisionView, type SupervisionStatus } from '../../core/supervision/supervision-order.js';
import { canAct } from '../../core/case/case-access.js';
import { limitsOf } from '../../core/case/case-clock-view.js';
import { allowedSupervisionSteps, responsibleOffice, supervisionGroundsOn } from '../../core/case/supervision-steps.js';
import { loadReadableCase } from '../intake/load-case.js';
import type { SupervisionDeps } from './supervision-deps.js';

export interface SupervisionListOptions {
  statuses?: SupervisionStatus[];
  limit?: number;
  cursor?: string;
  /** Only orders whose reply is overdue now (read from the deadline, never lagging the sweep). */
  overdue?: boolean;
}

/**
 * The orders a principal works with: the county's for its supervisor, the office's for a reviewer,
 * approver or county department officer. One Query page; the overdue flag is read now.
 */
export async function listSupervisionOrders(deps: SupervisionDeps, principal: Principal, options: SupervisionListOptions = {}) {
  const limit = Math.min(options.limit ?? 50, 100);
  const query = { limit, ...(options.cursor ? { cursor: options.cursor } : {}), ...(options.statuses ? { statuses: options.statuses } : {}) };
  let page;
  if ((principal.role === 'supervisor' || principal.role === 'admin') && principal.countyId) {
    page = await deps.supervision.listForCounty(principal.countyId, query);
  } else if (['reviewer', 'approver', 'county_officer'].includes(principal.role) && principal.officeId) {
    page = await deps.supervision.listForOffice(principal.officeId, query);
  } else {
    throw new ForbiddenError('supervision orders are for the county and the offices');
  }
  const today = chinaDateOf(deps.now());
  const items = page.items.map((o) => supervisionView(o, today)).filter((o) => !options.overdue || o.replyOverdue);
  return { items, ...(page.next ? { next: page.next } : {}) };
}

/**
 * The orders on one case (its page shows them with the history), each with the steps the caller
 * may take on it now; for a caller who may issue one, the grounds a new order may give today.
 */
export async function caseSupervisionOrders(deps: SupervisionDeps, principal: Principal, caseId: string) {
  const c = await loadReadableCase(deps.cases, principal, caseId);
  const today = chinaDateOf(deps.now());
  const items = (await deps.supervision.listForCase(caseId)).map((o) => ({
    ...supervisionView(o, today),
    allowedSteps: allowedSupervisionSteps(principal, c, o),
  }));
  if (!canAct(principal, c, 'issue_supervision_order').ok) return { items };
  const limits = c.limits ?? limitsOf(await deps.catalogue.itemForCase(c.itemCode, c.itemVersion, c.townshipId, c.variantAnswers));
  const { calendar } = await deps.clock();
  const { cardNow, grounds } = supervisionGroundsOn(c, limits, calendar, today);
  return { items, issue: { cardNow, grounds, officeId: responsibleOffice(c) } };
}
