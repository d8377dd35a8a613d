import { VERIFY_CODE_PATTERN, type DecisionDocument } from '../../core/seal/decision-document.js';
import { decisionStatus, parseDecisionDocument, type DecisionRecord, type VerifyStatus } from '../../core/seal/decision-record.js';
import type { DecisionStore } from '../../ports/decision-store.js';
import type { SealSigner } from '../../ports/seal-signer.js';

export interface SealDeps {
  seal: SealSigner;
  decisions: DecisionStore;
}

/** The facts the public verification page shows (the applicant as masked in the signed document). */
export type PublicDecisionFacts = Pick<
  DecisionDocument,
  'documentNumber' | 'caseNumber' | 'issuer' | 'township' | 'item' | 'outcome' | 'decidedOn' | 'applicant'
>;

export interface VerifyAnswer {
  status: VerifyStatus;
  decision?: PublicDecisionFacts;
  algorithm?: DecisionDocument['algorithm'];
  keyId?: string;
  signedAt?: string;
  revoked?: { at: string; reason: string };
}

/** A code as typed from paper: case and separators ignored, O read as 0 and I/L as 1 (Crockford). */
export function normaliseVerifyCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

const factsOf = (doc: DecisionDocument): PublicDecisionFacts => ({
  documentNumber: doc.documentNumber,
  caseNumber: doc.caseNumber,
  issuer: doc.issuer,
  township: doc.township,
  item: doc.item,
  outcome: doc.outcome,
  decidedOn: doc.decidedOn,
  applicant: doc.applicant,
});

/** What a record says once checked, for any reader: the status and the trusted facts. */
export async function answerFor(seal: SealSigner, record: DecisionRecord | undefined): Promise<VerifyAnswer> {
  const status = await decisionStatus(record, (keyId, bytes, signature) => seal.verify(keyId, bytes, signature));
  // Only signed content is shown: an altered or unknown record gives nothing to rely on.
  if (!record || (status !== 'authentic' && status !== 'revoked')) return { status };
  const doc = parseDecisionDocument(record.document)!;
  return {
    status,
    decision: factsOf(doc),
    algorithm: doc.algorithm,
    keyId: doc.keyId,
    signedAt: record.signedAt,
    ...(record.revoked ? { revoked: { at: record.revoked.at, reason: record.revoked.reason } } : {}),
  };
}

/**
 * Public verification behind a decision's QR code (no login): authentic, altered (a byte of the
 * stored document no longer matches its signature), revoked, or unknown.
 */
export async function verifyDecision(deps: SealDeps, code: string): Promise<VerifyAnswer> {
  const normalised = normaliseVerifyCode(code);
  if (!VERIFY_CODE_PATTERN.test(normalised)) return { status: 'unknown' };
  return answerFor(deps.seal, await deps.decisions.get(normalised));
}
