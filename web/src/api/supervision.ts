import type { Case, CaseCard } from '../../../functions/core/case/case.js';
import type { SupervisionStep } from '../../../functions/core/case/supervision-steps.js';
import type { SupervisionGround, SupervisionStatus, SupervisionView } from '../../../functions/core/supervision/supervision-order.js';
import type { ApiClient } from './client.js';

export { SUPERVISION_GROUNDS, SUPERVISION_REPLY_DAYS } from '../../../functions/core/supervision/supervision-order.js';
export type { SupervisionGround, SupervisionStatus, SupervisionStep };

/** The order statuses, in the order the filters offer them. */
export const SUPERVISION_STATUSES: readonly SupervisionStatus[] = ['open', 'replied', 'closed', 'escalated'];

/** An order as the API lists it: the record with its reply-overdue flag read today. */
export type SupervisionOrderView = SupervisionView;
/** An order on a case's page: also what the caller may do to it now (the web renders its forms from this). */
export type CaseSupervisionOrder = SupervisionView & { allowedSteps: SupervisionStep[] };

/** The orders on a case and, for a caller who may issue one, the grounds a new order may give today. */
export interface CaseSupervision {
  items: CaseSupervisionOrder[];
  issue?: { cardNow: CaseCard; grounds: SupervisionGround[]; officeId: string };
}

export interface SupervisionFilter {
  statuses?: SupervisionStatus[];
  overdue?: boolean;
}

const enc = encodeURIComponent;
const sig = (signal?: AbortSignal) => (signal ? { signal } : {});
/** A step on the case: the case version guards it (409 if someone acted first), like every case action. */
const write = (api: ApiClient, path: string, body: Record<string, unknown>) => api.post<{ case: Case; order: SupervisionOrderView }>(path, body);
const ordersOf = (caseId: string) => `/api/cases/${enc(caseId)}/supervision-orders`;

/** The query of the list for a filter (status comma-separated; overdue only when asked). */
export function supervisionQuery(filter: SupervisionFilter): Record<string, string | undefined> {
  return {
    limit: '100',
    status: filter.statuses?.length ? filter.statuses.join(',') : undefined,
    overdue: filter.overdue ? 'true' : undefined,
  };
}

/** The county's orders for its supervisor (newest first); those addressed to the caller's office for office staff (earliest reply first). */
export async function listSupervisionOrders(api: ApiClient, filter: SupervisionFilter = {}, signal?: AbortSignal): Promise<SupervisionOrderView[]> {
  const body = await api.get<{ items?: SupervisionOrderView[] }>('/api/supervision-orders', { query: supervisionQuery(filter), ...sig(signal) });
  return Array.isArray(body?.items) ? body.items : [];
}

/** The orders on one case, with the steps the caller may take on each. */
export async function caseSupervisionOrders(api: ApiClient, caseId: string, signal?: AbortSignal): Promise<CaseSupervision> {
  const body = await api.get<CaseSupervision>(ordersOf(caseId), sig(signal));
  return { items: Array.isArray(body?.items) ? body.items : [], ...(body?.issue ? { issue: body.issue } : {}) };
}

export interface IssueInput {
  ground: SupervisionGround;
  instructions: string;
  replyDays: number;
}

/** 督办: the county supervisor issues an order on the case to the office responsible. */
export const issueSupervisionOrder = (api: ApiClient, caseId: string, version: number, input: IssueInput) =>
  write(api, ordersOf(caseId), { version, ...input });

export interface ReplyInput {
  whatHappened: string;
  measures: string;
  byDate: string;
}

/** The office answers an order: what happened, what it will do, by when. */
export const replySupervisionOrder = (api: ApiClient, caseId: string, orderId: string, version: number, input: ReplyInput) =>
  write(api, `${ordersOf(caseId)}/${enc(orderId)}/reply`, { version, ...input });

/** The supervisor closes (satisfied) or escalates (not satisfied) an answered order, with a note. */
export const concludeSupervisionOrder = (api: ApiClient, caseId: string, orderId: string, version: number, how: 'close' | 'escalate', note: string) =>
  write(api, `${ordersOf(caseId)}/${enc(orderId)}/${how}`, { version, note });

/** The earliest reply deadline first (ties: issued first), as the office works them. The API pages them so; this keeps a page in order. */
export function byReplyDeadline<T extends Pick<SupervisionOrderView, 'replyDueOn' | 'issuedAt'>>(orders: readonly T[]): T[] {
  return [...orders].sort((a, b) => a.replyDueOn.localeCompare(b.replyDueOn) || a.issuedAt.localeCompare(b.issuedAt));
}
