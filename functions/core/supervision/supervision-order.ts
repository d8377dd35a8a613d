import type { CaseCard, PersonRef } from '../case/case.js';

/** Why the county supervises a case: its time-limit card, or a poor rating (差评). */
export const SUPERVISION_GROUNDS = ['yellow_card', 'red_card', 'legal_breach', 'poor_rating'] as const;
export type SupervisionGround = (typeof SUPERVISION_GROUNDS)[number];

export type SupervisionStatus = 'open' | 'replied' | 'closed' | 'escalated';

/** The office's answer: what happened, what it will do, and by when. */
export interface SupervisionReply {
  whatHappened: string;
  measures: string;
  byDate: string;
  at: string;
  by: PersonRef;
  /** Answered after the reply deadline (kept on the record). */
  late: boolean;
}

/**
 * A supervision order (督办单): its own record, referring to the case. The county supervisor
 * issues it to the office responsible with a reply deadline in working days; the office replies;
 * the supervisor closes or escalates it. Every change is also an event on the case.
 */
export interface SupervisionOrder {
  orderId: string;
  /** Number shown on the paper order, e.g. DB-2026-<first 8 of the id>. */
  orderNumber: string;
  caseId: string;
  caseNumber: string;
  countyId: string;
  townshipId: string;
  /** The office the order is addressed to (the handling office, or the county department deciding a forwarded case). */
  officeId: string;
  itemCode: string;
  itemName?: { 'zh-CN': string; en: string };
  ground: SupervisionGround;
  /** The case's card when the order was issued. */
  cardAtIssue: CaseCard;
  instructions: string;
  replyDays: number;
  replyDueOn: string;
  issuedAt: string;
  issuedOn: string;
  issuedBy: PersonRef;
  status: SupervisionStatus;
  reply?: SupervisionReply;
  /** Set by the sweep the first day the reply is overdue (flagged once). */
  replyOverdueFlaggedOn?: string;
  closure?: { note: string; at: string; by: PersonRef };
  escalation?: { note: string; at: string; by: PersonRef };
  /** Record version: +1 on every change (written in the case's transaction). */
  version: number;
}

/** Whether the office's reply is overdue on `today` (an open order past its deadline). */
export function replyOverdue(order: Pick<SupervisionOrder, 'status' | 'replyDueOn'>, today: string): boolean {
  return order.status === 'open' && today > order.replyDueOn;
}

/** The order as lists show it: with the overdue flag read now. */
export function supervisionView(order: SupervisionOrder, today: string) {
  return { ...order, replyOverdue: replyOverdue(order, today) };
}
export type SupervisionView = ReturnType<typeof supervisionView>;

/** Reply deadline bounds, in working days. */
export const SUPERVISION_REPLY_DAYS = { min: 1, max: 30, default: 5 } as const;
