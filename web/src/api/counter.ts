import type { Case, CaseMaterial, Channel, CorrectionItem } from '../../../functions/core/case/case.js';
import type { CaseEvent } from '../../../functions/core/case/case-event.js';
import type { CaseState } from '../../../functions/core/case/case-states.js';
import type { BilingualText } from '../../../functions/core/catalogue/bilingual.js';
import type { ItemVersion } from '../../../functions/core/catalogue/item-version.js';
import type { Material } from '../../../functions/core/catalogue/material.js';
import type { AcceptSchema, CorrectionSchema, NotAcceptSchema, OriginalSchema, SubmitSchema } from '../../../functions/http/schemas/case-schemas.js';
import type { CaseListEntry, CaseListSchema, CaseResultSchema, CaseView } from '../../../functions/http/schemas/case-view-schemas.js';
import type { z } from '@hono/zod-openapi';
import type { ApiClient } from './client.js';

export type { Case, CaseEvent, CaseMaterial, CaseState, Channel, CorrectionItem, ItemVersion, Material };

/** The states the counter works on: waiting for its answer, or for the applicant's correction. */
export const QUEUE_STATES = ['submitted', 'correction_required'] as const satisfies readonly CaseState[];
export type QueueState = (typeof QUEUE_STATES)[number];

/** One row of the township's queue, as the API lists it (personal data masked): the server's schema. */
export type QueueEntry = CaseListEntry;

/** A case in full, as staff read it, with its history, what the clerk may do now and its clock: the server's schema. */
export type CaseDetail = CaseView;

/** The materials and conditions that apply to a case's situation answers, at its item version. */
export interface CaseChecklist {
  variants: { id: string; name: BilingualText }[];
  materials: Material[];
  conditions: BilingualText[];
}

const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The clerk's township queue; `states` defaults to both waiting states. */
export async function listQueue(api: ApiClient, states: readonly QueueState[], signal?: AbortSignal): Promise<QueueEntry[]> {
  const body = await api.get<z.infer<typeof CaseListSchema>>('/api/cases', { query: { state: states.join(','), limit: '200' }, ...opts(signal) });
  return Array.isArray(body?.items) ? body.items : [];
}

/** One case with its events; 404 for a case of another township. */
export function getCaseDetail(api: ApiClient, caseId: string, signal?: AbortSignal): Promise<CaseDetail> {
  return api.get<CaseDetail>(`/api/cases/${encodeURIComponent(caseId)}`, opts(signal));
}

/** The item exactly as the version the case was taken in under (its rules stay with the case). */
export async function getItemVersion(api: ApiClient, code: string, version: number, signal?: AbortSignal): Promise<ItemVersion> {
  const body = await api.get<{ item: ItemVersion }>(`/api/catalogue/items/${encodeURIComponent(code)}`, {
    query: { version: String(version) },
    ...opts(signal),
  });
  return body.item;
}

/** The checklist of that item version for the case's situation answers. */
export function getCaseChecklist(api: ApiClient, code: string, version: number, answers: Record<string, string>, signal?: AbortSignal) {
  return api.request<CaseChecklist>('POST', `/api/catalogue/items/${encodeURIComponent(code)}/checklist`, {
    query: { version: String(version) },
    body: { answers },
    ...opts(signal),
  });
}

/** The next working day after `date`, from the official calendar: how near a deadline really is. */
export async function nextWorkingDay(api: ApiClient, date: string, signal?: AbortSignal): Promise<string> {
  const body = await api.get<{ dueDate: string }>('/api/calendar/due-date', { query: { acceptedOn: date, workingDays: '1' }, ...opts(signal) });
  return body.dueDate;
}

const act = (api: ApiClient, caseId: string, action: string, body: unknown) =>
  api.post<z.infer<typeof CaseResultSchema>>(`/api/cases/${encodeURIComponent(caseId)}/${action}`, body).then((r) => r.case);

/** 受理: starts the clock; 容缺 materials with the date the applicant will bring them. */
export function acceptCase(api: ApiClient, caseId: string, input: z.input<typeof AcceptSchema>) {
  return act(api, caseId, 'accept', input);
}

/** 一次性告知: everything missing or wrong, in one notice. */
export function requireCorrection(api: ApiClient, caseId: string, input: z.input<typeof CorrectionSchema>) {
  return act(api, caseId, 'correction', input);
}

/** 不予受理: reasons, legal basis and remedies, in writing. */
export function notAccept(api: ApiClient, caseId: string, input: z.input<typeof NotAcceptSchema>) {
  return act(api, caseId, 'not-accept', input);
}

/** A paper original seen and checked at the counter. */
export function recordOriginal(api: ApiClient, caseId: string, input: z.input<typeof OriginalSchema>) {
  return act(api, caseId, 'originals', input);
}

/** A walk-in taken in at the counter: originals checked, optional scans, overrides, and maybe accepted at once. */
export interface WalkInBody {
  itemCode: string;
  townshipId: string;
  variantAnswers: Record<string, string>;
  answers: Record<string, unknown>;
  overrides: { fieldId: string; reason: string }[];
  materials: { materialId: string; fileIds: string[] }[];
  originalsChecked: string[];
  acceptNow?: { deferred: { materialId: string; dueOn: string }[]; note?: string };
  /** Going on although the applicant has an open application for the item: why (recorded on the case). */
  duplicateReason?: string;
}

/** `POST /api/cases` as the clerk; the same `idempotencyKey` with the same body returns the same case. */
export async function submitWalkIn(api: ApiClient, body: WalkInBody, idempotencyKey: string): Promise<Case> {
  // Without a reason, an open application of the same applicant for the item is a 409 DUPLICATE_APPLICATION.
  const result = await api.post<z.infer<typeof CaseResultSchema>>('/api/cases', { ...body, checkDuplicate: true } satisfies z.input<typeof SubmitSchema>, {
    headers: { 'idempotency-key': idempotencyKey },
  });
  return result.case;
}
