import { DECISION_SCHEMA, SEAL_ALGORITHMS, type DecisionDocument, type SealAlgorithm } from './decision-document.js';

/** A signed decision as stored: the signed text itself, its signature, and a revocation if any. */
export interface DecisionRecord {
  verifyCode: string;
  caseId: string;
  countyId: string;
  townshipId: string;
  /** The canonical JSON text exactly as signed (the stored document; verification re-hashes THESE bytes). */
  document: string;
  signature: { keyId: string; algorithm: SealAlgorithm; value: string /* base64 */ };
  signedAt: string;
  /** Set aside (e.g. on reconsideration), recorded by the approver with a reason. */
  revoked?: { at: string; by: { userId: string; name: string }; reason: string };
}

export type VerifyStatus = 'authentic' | 'altered' | 'revoked' | 'unknown';

/** Checks a signature with the public key of `keyId` (the SealSigner's verify). */
export type VerifySignature = (keyId: string, bytes: Uint8Array, signatureB64: string) => Promise<boolean>;

/** The stored text as a decision document, or undefined when it is not one (then it was altered). */
export function parseDecisionDocument(text: string): DecisionDocument | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const doc = value as Partial<DecisionDocument>;
  if (doc.schema !== DECISION_SCHEMA) return undefined;
  if (typeof doc.keyId !== 'string' || !SEAL_ALGORITHMS.includes(doc.algorithm as SealAlgorithm)) return undefined;
  return doc as DecisionDocument;
}

/**
 * What the verification page says about a record: `unknown` without one; `altered` when any byte
 * of the stored document no longer matches its signature, or the document names another key,
 * algorithm or code than the record; `revoked` when the signature holds but the decision was set
 * aside; `authentic` otherwise. The signature is checked before the revocation, so a tampered
 * document never passes for a merely revoked one.
 */
export async function decisionStatus(record: DecisionRecord | undefined, verify: VerifySignature): Promise<VerifyStatus> {
  if (!record) return 'unknown';
  const bytes = new TextEncoder().encode(record.document);
  if (!(await verify(record.signature.keyId, bytes, record.signature.value))) return 'altered';
  const doc = parseDecisionDocument(record.document);
  if (!doc) return 'altered';
  if (doc.keyId !== record.signature.keyId || doc.algorithm !== record.signature.algorithm) return 'altered';
  if (doc.verifyCode !== record.verifyCode) return 'altered';
  return record.revoked ? 'revoked' : 'authentic';
}
