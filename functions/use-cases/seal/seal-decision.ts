import { DECISION_SCHEMA, decisionText, type DecisionDocument } from '../../core/seal/decision-document.js';
import type { DecisionRecord } from '../../core/seal/decision-record.js';
import type { SealSigner } from '../../ports/seal-signer.js';

/** A decision before sealing: everything but the schema tag and the key that will sign it. */
export type DecisionDraft = Omit<DecisionDocument, 'schema' | 'keyId' | 'algorithm'>;

export interface SealDecisionInput {
  draft: DecisionDraft;
  caseId: string;
  countyId: string;
  townshipId: string;
}

/**
 * Seals a decision under its issuer's seal (the township's one seal, or the county department's):
 * takes the issuer's current key, puts key id and algorithm into the document, signs its
 * canonical bytes, and checks the signature once before anything is stored, so a misconfigured key
 * fails the decision rather than producing a paper that verifies as altered. Writes nothing: the
 * decide use case stores the record in the case's transaction (decisionTransactItems).
 */
export async function sealDecision(seal: SealSigner, input: SealDecisionInput, now: Date): Promise<{ document: DecisionDocument; record: DecisionRecord }> {
  const ownerId = input.draft.issuer.id;
  const key = await seal.currentKey(ownerId);
  const document: DecisionDocument = { schema: DECISION_SCHEMA, ...input.draft, keyId: key.keyId, algorithm: key.algorithm };
  const text = decisionText(document);
  const bytes = new TextEncoder().encode(text);
  const value = await seal.sign(ownerId, key.keyId, bytes);
  if (!(await seal.verify(key.keyId, bytes, value))) throw new Error(`seal key ${key.keyId} of ${ownerId} does not verify its own signature`);
  const record: DecisionRecord = {
    verifyCode: document.verifyCode,
    caseId: input.caseId,
    countyId: input.countyId,
    townshipId: input.townshipId,
    document: text,
    signature: { keyId: key.keyId, algorithm: key.algorithm, value },
    signedAt: now.toISOString(),
  };
  return { document, record };
}
