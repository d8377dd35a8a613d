import type { Principal } from '../../core/auth/principal.js';
import {
  concludeSupervisionStep,
  issueSupervisionStep,
  replySupervisionStep,
  supervisionGroundsOn,
  type IssueInput,
  type ReplyInput,
} from '../../core/case/supervision-steps.js';
import { NotFoundError } from '../../core/errors.js';
import { runCaseAction } from '../cases/run-case-action.js';
import type { SupervisionDeps } from './supervision-deps.js';

/**
 * 督办: the county supervisor issues an order on a case with a yellow or red card now (or once:
 * a late case stays late), a step overdue, or a poor rating; the office has `replyDays` working
 * days to answer. The order record is written in the case's transaction.
 */
export async function issueSupervisionOrder(deps: SupervisionDeps, principal: Principal, caseId: string, version: number, input: IssueInput) {
  let orderId = '';
  const after = await runCaseAction(deps, principal, caseId, version, 'issue_supervision_order', async ({ c, at, today, limits, clock }) => {
    const { calendar, addWorkingDays } = await clock();
    const { cardNow, grounds } = supervisionGroundsOn(c, await limits(), calendar, today);
    orderId = deps.newId();
    const step = issueSupervisionStep(c, input, { orderId, replyDueOn: addWorkingDays(today, input.replyDays).date, cardNow, grounds }, principal, at);
    return { after: step.after, event: step.event, side: [{ kind: 'supervision_order', record: step.order }] };
  });
  return { case: after, order: (await deps.supervision.get(orderId))! };
}

async function orderOnCase(deps: SupervisionDeps, caseId: string, orderId: string) {
  const order = await deps.supervision.get(orderId);
  if (!order || order.caseId !== caseId) throw new NotFoundError(`supervision order ${orderId}`);
  return order;
}

/** The office working the case answers the order. */
export async function replySupervisionOrder(deps: SupervisionDeps, principal: Principal, caseId: string, orderId: string, version: number, input: ReplyInput) {
  const order = await orderOnCase(deps, caseId, orderId);
  let next = order;
  const after = await runCaseAction(deps, principal, caseId, version, 'reply_supervision_order', ({ c, at }) => {
    const step = replySupervisionStep(c, order, input, principal, at);
    next = step.order;
    return { after: step.after, event: step.event, side: [{ kind: 'supervision_order', record: step.order }] };
  });
  return { case: after, order: next };
}

/** The supervisor closes (satisfied) or escalates an answered order. */
export async function concludeSupervisionOrder(
  deps: SupervisionDeps,
  principal: Principal,
  caseId: string,
  orderId: string,
  version: number,
  how: 'close' | 'escalate',
  note: string,
) {
  const order = await orderOnCase(deps, caseId, orderId);
  let next = order;
  const action = how === 'close' ? 'close_supervision_order' : 'escalate_supervision_order';
  const after = await runCaseAction(deps, principal, caseId, version, action, ({ c, at }) => {
    const step = concludeSupervisionStep(c, order, how, note, principal, at);
    next = step.order;
    return { after: step.after, event: step.event, side: [{ kind: 'supervision_order', record: step.order }] };
  });
  return { case: after, order: next };
}
