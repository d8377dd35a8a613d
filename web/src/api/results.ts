import type { z } from '@hono/zod-openapi';
import type { QueueEntrySchema } from '../../../functions/http/schemas/case-view-schemas.js';
import type { Case, CaseDelivery, RatingGrade } from '../../../functions/core/case/case.js';
import type { ApiClient } from './client.js';

export type { RatingGrade };
export { RATING_GRADES } from '../../../functions/core/case/case.js';

const enc = encodeURIComponent;
const sig = (signal?: AbortSignal) => (signal ? { signal } : {});
const step = (api: ApiClient, caseId: string, path: string, body: Record<string, unknown>) =>
  api.post<{ case: Case }>(`/api/cases/${enc(caseId)}/${path}`, body).then((r) => r.case);

/** The sealed decision of a case: the signed record, its document, whether it verifies, and where. */
export interface CaseDecisionView {
  record: Record<string, unknown> & { verifyCode?: string; documentNumber?: string };
  document?: Record<string, unknown>;
  status: 'authentic' | 'altered' | 'revoked' | 'unknown';
  verifyUrl: string;
}

export const getDecision = (api: ApiClient, caseId: string, signal?: AbortSignal) =>
  api.get<CaseDecisionView>(`/api/cases/${enc(caseId)}/decision`, sig(signal));

/** The applicant takes the decision online (送达 electronically): completes the case. */
export const receiveElectronically = (api: ApiClient, caseId: string, version: number) => step(api, caseId, 'receive-electronically', { version });

/** One rating per case and channel (online for the applicant, counter when the clerk opens the tablet page). */
export const rateCase = (api: ApiClient, caseId: string, version: number, grade: RatingGrade, comment?: string) =>
  step(api, caseId, 'rate', { version, grade, ...(comment ? { comment } : {}) });

/** `on`: the day it was handed over or posted (China date), when recorded later; the API takes today without it. */
export type HandOver =
  | { method: 'window'; recipient: { kind: 'applicant' | 'authorised'; name: string; idChecked: boolean }; on?: string }
  | { method: 'post'; carrier: string; trackingNumber: string; on?: string };

/** The clerk records the hand-over at the window or the posting: completes the case. */
export const deliverCase = (api: ApiClient, caseId: string, version: number, handOver: HandOver) => step(api, caseId, 'deliver', { version, ...handOver });

/** The office's answer to a poor rating (整改). */
export const replyRectification = (api: ApiClient, caseId: string, version: number, text: string, contactedApplicant: boolean) =>
  step(api, caseId, 'reply-rectification', { version, text, contactedApplicant });

/** One row of a back-office queue (personal data masked by the API), as the API's schema says. */
export type WorkQueueEntry = z.infer<typeof QueueEntrySchema>;

export async function listWorkQueue(api: ApiClient, queue: 'deliver' | 'rectify', signal?: AbortSignal): Promise<WorkQueueEntry[]> {
  const body = await api.get<{ items?: WorkQueueEntry[] }>(`/api/work/queues/${queue}`, { query: { limit: '100' }, ...sig(signal) });
  return Array.isArray(body?.items) ? body.items : [];
}

export type { CaseDelivery };
