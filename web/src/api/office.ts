import type {
  Case,
  CaseCard,
  CaseDecision,
  CaseExtension,
  CaseReview,
  CaseSuspension,
  Channel,
  DecisionOutcome,
  PersonRef,
  SuspensionProcedure,
} from '../../../functions/core/case/case.js';
import { SUSPENSION_PROCEDURES } from '../../../functions/core/case/case.js';
import type { CaseEvent } from '../../../functions/core/case/case-event.js';
import type { CaseState } from '../../../functions/core/case/case-states.js';
import type { BilingualText } from '../../../functions/core/catalogue/bilingual.js';
import type { ApiClient } from './client.js';

export type { CaseCard, CaseEvent, CaseState, Channel, SuspensionProcedure };
export { SUSPENSION_PROCEDURES };

/** The case's own types, under the names the back office's screens use. */
export type StaffRef = PersonRef;
export type Suspension = CaseSuspension;
export type Extension = CaseExtension;
export type Outcome = DecisionOutcome;
export type Proposal = NonNullable<CaseReview['proposal']>;
export type Decision = CaseDecision;
/** A case as the back office reads it: intake, review, the clock's pauses and extension, the decision. */
export type OfficeCase = Case;

/** The case clock, derived by the API for the day it answers (the server's own type). */
import type { ClockView } from '../../../functions/core/case/case-clock-view.js';
export type { ClockView };

/** What the back office may do to a case; the web renders a form for each one the API allows. */
export const OFFICE_ACTIONS = [
  'take',
  'record_opinion',
  'request_info',
  'suspend',
  'resume',
  'request_extension',
  'approve_extension',
  'refuse_extension',
  'propose',
  'withdraw_proposal',
  'reject_proposal',
  'return_to_counter',
  'forward',
  'return_to_township',
  'decide',
  'decide_forwarded',
  'terminate',
  'revoke_decision',
  'reply_rectification',
] as const;
export type OfficeAction = (typeof OFFICE_ACTIONS)[number];

export function isOfficeAction(value: unknown): value is OfficeAction {
  return typeof value === 'string' && (OFFICE_ACTIONS as readonly string[]).includes(value);
}

/** `GET /api/cases/{id}` for staff: the case, its history, what the caller may do, the clock. */
export interface OfficeCaseDetail {
  case: OfficeCase;
  itemName?: BilingualText;
  events: CaseEvent[];
  allowedActions: string[];
  clock?: ClockView;
}

/** The work queues of the back office. */
export type WorkQueue = 'review' | 'suspended' | 'sign' | 'forwarded';

/** One row of a work queue; personal data masked. */
export interface WorkQueueEntry {
  caseId: string;
  caseNumber: string;
  itemCode: string;
  itemName?: BilingualText;
  townshipId: string;
  channel: Channel;
  state: CaseState;
  version: number;
  applicant: { kind: 'person' | 'business'; name: string; phone?: string; idNumber?: string; creditCode?: string };
  receivedAt: string;
  acceptedOn?: string;
  dueDates?: { promised: string; legal: string; provisional: boolean };
  card?: CaseCard;
  workingDaysLeft?: number | null;
  suspended?: boolean;
  awaiting?: 'decision' | 'extension';
  reviewerName?: string;
  /** Sign queue: the working days of the extension asked for. */
  extensionDays?: number;
}

export interface WorkQueuePage {
  items: WorkQueueEntry[];
  next?: string;
}

export interface QueueFilter {
  item?: string;
  card?: CaseCard;
  cursor?: string;
  limit?: number;
}

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

/** One page of a work queue, earliest due date first; `next` is the cursor of the following page. */
export async function listWorkQueue(api: ApiClient, queue: WorkQueue, filter: QueueFilter = {}, signal?: AbortSignal): Promise<WorkQueuePage> {
  const body = await api.get<Partial<WorkQueuePage>>(`/api/work/queues/${queue}`, {
    query: {
      item: filter.item || undefined,
      card: filter.card,
      cursor: filter.cursor,
      limit: filter.limit ? String(filter.limit) : undefined,
    },
    ...opts(signal),
  });
  return { items: Array.isArray(body?.items) ? body.items : [], ...(typeof body?.next === 'string' && body.next ? { next: body.next } : {}) };
}

/** One case for the back office; 404 for a case the caller may not see. */
export async function getOfficeCase(api: ApiClient, caseId: string, signal?: AbortSignal): Promise<OfficeCaseDetail> {
  const body = await api.get<OfficeCaseDetail>(`/api/cases/${encodeURIComponent(caseId)}`, opts(signal));
  return { ...body, events: Array.isArray(body.events) ? body.events : [], allowedActions: Array.isArray(body.allowedActions) ? body.allowedActions : [] };
}

/** The bodies of the actions, besides `version`. */
export interface ActionBodies {
  take: Record<string, never>;
  record_opinion: { opinion: string };
  request_info: { text: string };
  suspend: { procedure: SuspensionProcedure; reason: string; start: string; expectedEnd: string };
  resume: { lastPausedDay?: string };
  request_extension: { workingDays: number; reason: string };
  approve_extension: Record<string, never>;
  refuse_extension: { reason: string };
  propose: { outcome: Outcome; reasons: string[]; legalBasis: string[] };
  withdraw_proposal: { reason: string };
  reject_proposal: { reason: string };
  return_to_counter: { reason: string };
  forward: { note?: string };
  return_to_township: { reason: string };
  decide: { outcome: Outcome; reasons: string[]; legalBasis: string[]; remedies?: string };
  decide_forwarded: { outcome: Outcome; reasons: string[]; legalBasis: string[]; remedies?: string };
  terminate: { reason: string };
  revoke_decision: { reason: string };
  reply_rectification: { text: string; contactedApplicant: boolean };
}

/** The URL path segment of each action (`POST /api/cases/{id}/<path>`). */
export const ACTION_PATHS: Record<OfficeAction, string> = {
  take: 'take',
  record_opinion: 'opinion',
  request_info: 'request-info',
  suspend: 'suspend',
  resume: 'resume',
  request_extension: 'request-extension',
  approve_extension: 'approve-extension',
  refuse_extension: 'refuse-extension',
  propose: 'propose',
  withdraw_proposal: 'withdraw-proposal',
  reject_proposal: 'reject-proposal',
  return_to_counter: 'return-to-counter',
  forward: 'forward',
  return_to_township: 'return-to-township',
  decide: 'decide',
  decide_forwarded: 'decide-forwarded',
  terminate: 'terminate',
  revoke_decision: 'revoke-decision',
  reply_rectification: 'reply-rectification',
};

/** Runs an action on the case as last read (`version`); 409 when someone changed it since. */
export async function runAction<A extends OfficeAction>(
  api: ApiClient,
  caseId: string,
  action: A,
  version: number,
  body: ActionBodies[A],
): Promise<OfficeCase> {
  const result = await api.post<{ case: OfficeCase }>(`/api/cases/${encodeURIComponent(caseId)}/${ACTION_PATHS[action]}`, { ...body, version });
  return result.case;
}

/** A "what if" due date for the suspend and extend forms. */
export interface WhatIfDueDate {
  dueDate: string;
  provisional: boolean;
  explanation: BilingualText;
}

export interface WhatIfInput {
  acceptedOn: string;
  workingDays: number;
  /** Paused stretches, both ends inclusive. */
  pauses?: { from: string; to: string }[];
  extensionDays?: number;
}

/** `GET /api/calendar/due-date` with pauses and an extension: when the limit would end. */
export async function whatIfDueDate(api: ApiClient, input: WhatIfInput, signal?: AbortSignal): Promise<WhatIfDueDate> {
  const params = new URLSearchParams({ acceptedOn: input.acceptedOn, workingDays: String(input.workingDays) });
  for (const p of input.pauses ?? []) params.append('pause', `${p.from}..${p.to}`);
  if (input.extensionDays) params.set('extensionDays', String(input.extensionDays));
  // `pause` repeats, which the client's query map cannot say: the query goes into the path.
  return api.get<WhatIfDueDate>(`/api/calendar/due-date?${params.toString()}`, opts(signal));
}
