import { RuleViolationError, ValidationError } from '../errors.js';
import type { SupervisionGround, SupervisionOrder } from '../supervision/supervision-order.js';
import { POOR_GRADES, type Case, type CaseCard, type CaseSupervision } from './case.js';
import type { Principal } from '../auth/principal.js';
import { canAct, type Acting } from './case-access.js';
import type { CaseAction } from './case-actions.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { readCaseClock, type ClockLimits } from './case-clock-view.js';
import { overdueSteps } from './case-limits.js';
import { chinaDate } from './dates.js';
import { transition } from './transition.js';

const person = (actor: Acting) => ({ userId: actor.userId, name: actor.name });
const CARD_GROUND: Partial<Record<CaseCard, SupervisionGround>> = { yellow: 'yellow_card', red: 'red_card', legal_breach: 'legal_breach' };

/**
 * The grounds the county may supervise a case on: its card now or the worst it ever had (a late
 * case stays late), a step overdue (counts as a yellow card), or a poor rating the county has not
 * set aside on appeal.
 */
export function supervisionGrounds(c: Case, cardNow: CaseCard, stepOverdue: boolean): SupervisionGround[] {
  const grounds = new Set<SupervisionGround>();
  for (const card of [cardNow, c.worstCard ?? 'none']) {
    const ground = CARD_GROUND[card];
    if (ground) grounds.add(ground);
  }
  if (stepOverdue) grounds.add('yellow_card');
  if ((c.ratings ?? []).some((r) => POOR_GRADES.includes(r.grade) && r.appeal?.status !== 'upheld')) grounds.add('poor_rating');
  return [...grounds];
}

/** The case's card and the grounds to supervise it on, as read on `today` (the issue step and the case's order list both read them here). */
export function supervisionGroundsOn(c: Case, limits: ClockLimits, calendar: WorkingCalendar, today: string) {
  const cardNow: CaseCard = c.acceptedOn ? (readCaseClock(c, limits, calendar, today)?.card ?? 'none') : 'none';
  return { cardNow, grounds: supervisionGrounds(c, cardNow, overdueSteps(c, calendar, today).length > 0) };
}

/** The office an order goes to: the county department deciding a forwarded case, else the handling office. */
export function responsibleOffice(c: Case): string {
  return c.state === 'forwarded' ? c.decidingOfficeId : c.handlingOfficeId;
}

const summaryOf = (o: SupervisionOrder): CaseSupervision => ({ orderId: o.orderId, status: o.status, replyDueOn: o.replyDueOn });
const withSummary = (c: Case, o: SupervisionOrder) => {
  const others = (c.supervisionOrders ?? []).filter((s) => s.orderId !== o.orderId);
  return [...others, summaryOf(o)];
};

export interface IssueInput {
  ground: SupervisionGround;
  instructions: string;
  replyDays: number;
}

/** 督办: the county supervisor issues an order on the case; refused when the ground does not hold. */
export function issueSupervisionStep(
  c: Case,
  input: IssueInput,
  context: { orderId: string; replyDueOn: string; cardNow: CaseCard; grounds: SupervisionGround[] },
  actor: Acting,
  at: string,
) {
  if (!input.instructions.trim()) throw new ValidationError([{ path: 'instructions', message: 'field.required' }]);
  if (!context.grounds.includes(input.ground)) {
    throw new RuleViolationError(`case ${c.caseId} gives no ground ${input.ground}`, 'NO_SUPERVISION_GROUND', { ground: input.ground });
  }
  const order: SupervisionOrder = {
    orderId: context.orderId,
    orderNumber: `DB-${at.slice(0, 4)}-${context.orderId.replace(/-/g, '').slice(0, 8).toUpperCase()}`,
    caseId: c.caseId,
    caseNumber: c.caseNumber,
    countyId: c.countyId,
    townshipId: c.townshipId,
    officeId: responsibleOffice(c),
    itemCode: c.itemCode,
    ...(c.itemName ? { itemName: c.itemName } : {}),
    ground: input.ground,
    cardAtIssue: context.cardNow,
    instructions: input.instructions.trim(),
    replyDays: input.replyDays,
    replyDueOn: context.replyDueOn,
    issuedAt: at,
    issuedOn: chinaDate(at),
    issuedBy: person(actor),
    status: 'open',
    version: 1,
  };
  const step = transition(c, 'issue_supervision_order', actor, at, {
    patch: { supervisionOrders: withSummary(c, order) },
    details: {
      reason: order.instructions,
      documents: [{ kind: 'supervision_order', id: order.orderId }],
      data: { orderId: order.orderId, orderNumber: order.orderNumber, ground: order.ground, officeId: order.officeId, replyDueOn: order.replyDueOn },
    },
  });
  return { ...step, order };
}

/** The steps on an order after it is issued: the case action each one is, and the order status it starts from. */
export const SUPERVISION_STEPS = {
  reply: { action: 'reply_supervision_order', from: 'open' },
  close: { action: 'close_supervision_order', from: 'replied' },
  escalate: { action: 'escalate_supervision_order', from: 'replied' },
} as const satisfies Record<string, { action: CaseAction; from: SupervisionOrder['status'] }>;
export type SupervisionStep = keyof typeof SUPERVISION_STEPS;

/**
 * What this principal may do to one order now: the case's one gate (role, party, state) for the
 * step's action, and the order in the status the step starts from. The web renders its forms from this.
 */
export function allowedSupervisionSteps(principal: Principal, c: Case, order: SupervisionOrder): SupervisionStep[] {
  if (order.caseId !== c.caseId) return [];
  return (Object.keys(SUPERVISION_STEPS) as SupervisionStep[]).filter((step) => {
    const { action, from } = SUPERVISION_STEPS[step];
    return order.status === from && canAct(principal, c, action).ok;
  });
}

/** The order a step acts on must be this case's and in the expected status. */
function orderInStatus(c: Case, order: SupervisionOrder, status: SupervisionOrder['status'], code: string) {
  if (order.caseId !== c.caseId) throw new RuleViolationError(`order ${order.orderId} is not on case ${c.caseId}`, 'SUPERVISION_ORDER_MISMATCH');
  if (order.status !== status) throw new RuleViolationError(`order ${order.orderId} is ${order.status}`, code, { status: order.status });
}

export interface ReplyInput {
  whatHappened: string;
  measures: string;
  byDate: string;
}

/** The office answers the order: what happened, what it will do, by when. A late answer says so. */
export function replySupervisionStep(c: Case, order: SupervisionOrder, input: ReplyInput, actor: Acting, at: string) {
  orderInStatus(c, order, SUPERVISION_STEPS.reply.from, 'NO_OPEN_SUPERVISION_ORDER');
  const late = chinaDate(at) > order.replyDueOn;
  const next: SupervisionOrder = { ...order, status: 'replied', reply: { ...input, at, by: person(actor), late }, version: order.version + 1 };
  const step = transition(c, 'reply_supervision_order', actor, at, {
    patch: { supervisionOrders: withSummary(c, next) },
    details: { reason: input.whatHappened, data: { orderId: order.orderId, byDate: input.byDate, late } },
  });
  return { ...step, order: next };
}

/** The supervisor closes (satisfied) or escalates (not satisfied) an answered order. */
export function concludeSupervisionStep(c: Case, order: SupervisionOrder, how: 'close' | 'escalate', note: string, actor: Acting, at: string) {
  orderInStatus(c, order, SUPERVISION_STEPS[how].from, 'NO_SUPERVISION_REPLY');
  const conclusion = { note, at, by: person(actor) };
  const next: SupervisionOrder =
    how === 'close'
      ? { ...order, status: 'closed', closure: conclusion, version: order.version + 1 }
      : { ...order, status: 'escalated', escalation: conclusion, version: order.version + 1 };
  const step = transition(c, how === 'close' ? 'close_supervision_order' : 'escalate_supervision_order', actor, at, {
    patch: { supervisionOrders: withSummary(c, next) },
    details: { reason: note, data: { orderId: order.orderId } },
  });
  return { ...step, order: next };
}
