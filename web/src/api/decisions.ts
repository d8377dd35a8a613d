import type { DecisionDocument, SealAlgorithm } from '../../../functions/core/seal/decision-document.js';
import type { DecisionRecord, VerifyStatus } from '../../../functions/core/seal/decision-record.js';
import type { VerifyAnswer } from '../../../functions/use-cases/seal/verify-decision.js';
import type { ReceivedDecision as ReceivedDecisionBody } from '../../../functions/http/schemas/decision-schemas.js';
import type { ApiClient } from './client.js';

export type { DecisionDocument, SealAlgorithm, VerifyAnswer, VerifyStatus };

/** A case's sealed decision as GET /api/cases/{caseId}/decision gives it. */
export interface CaseDecision {
  record: DecisionRecord;
  /** The signed document; the printed page renders from it and nothing else. */
  document?: DecisionDocument;
  status: VerifyStatus;
  verifyUrl: string;
  /** The verification link as an SVG QR code, drawn by our own server. */
  qrSvg: string;
}

/** Public verification by the code on the QR (no login). */
export function verifyDecision(api: ApiClient, code: string, signal?: AbortSignal): Promise<VerifyAnswer> {
  return api.get<VerifyAnswer>(`/api/verify/${encodeURIComponent(code)}`, { anonymous: true, ...(signal ? { signal } : {}) });
}

/** The decision of a case the user may read. */
export function getCaseDecision(api: ApiClient, caseId: string, signal?: AbortSignal): Promise<CaseDecision> {
  return api.get<CaseDecision>(`/api/cases/${encodeURIComponent(caseId)}/decision`, signal ? { signal } : {});
}

/**
 * The decision as the lookup page receives it, with the query code and phone digits: the same
 * signed decision, whether this download recorded its electronic delivery, and the progress after.
 */
export type ReceivedDecision = CaseDecision & Pick<ReceivedDecisionBody, 'recorded' | 'progress'>;

/** Receives the signed decision from the lookup page (no login); while the case is decided, this download delivers it. */
export function receiveDecisionByQueryCode(api: ApiClient, proof: { code: string; phoneLast4: string }): Promise<ReceivedDecision> {
  return api.post<ReceivedDecision>('/api/cases/lookup/decision', proof, { anonymous: true });
}
