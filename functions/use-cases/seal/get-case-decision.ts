import type { Principal } from '../../core/auth/principal.js';
import { NotFoundError } from '../../core/errors.js';
import type { DecisionDocument } from '../../core/seal/decision-document.js';
import { decisionStatus, parseDecisionDocument, type DecisionRecord, type VerifyStatus } from '../../core/seal/decision-record.js';
import type { CaseStore } from '../../ports/case-store.js';
import { loadReadableCase } from '../intake/load-case.js';
import type { SealDeps } from './verify-decision.js';

export interface CaseDecision {
  record: DecisionRecord;
  /** The stored document parsed; undefined when the stored text is no longer a decision document. */
  document: DecisionDocument | undefined;
  status: VerifyStatus;
}

/** The decision of a case, for anyone who may read the case (the printed page renders from `document`). */
export async function getCaseDecision(deps: SealDeps & { cases: CaseStore }, principal: Principal, caseId: string): Promise<CaseDecision> {
  await loadReadableCase(deps.cases, principal, caseId);
  const record = await deps.decisions.getByCase(caseId);
  if (!record) throw new NotFoundError(`decision of case ${caseId}`, { caseId });
  const status = await decisionStatus(record, (keyId, bytes, signature) => deps.seal.verify(keyId, bytes, signature));
  return { record, document: parseDecisionDocument(record.document), status };
}
