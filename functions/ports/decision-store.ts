import type { DecisionRecord } from '../core/seal/decision-record.js';

/**
 * Signed decisions, by verification code and by case. The decide use case writes a record inside
 * the case's own transaction (adapters/dynamodb/decision-items.ts builds the items); `save` is for
 * writing one on its own.
 */
export interface DecisionStore {
  /** Writes the record and points its case at it; ConflictError if the code exists. */
  save(record: DecisionRecord): Promise<void>;
  get(verifyCode: string): Promise<DecisionRecord | undefined>;
  /** The case's newest decision. */
  getByCase(caseId: string): Promise<DecisionRecord | undefined>;
  /** Records a revocation; NotFoundError without a record, ConflictError if it is already revoked. */
  revoke(verifyCode: string, revoked: NonNullable<DecisionRecord['revoked']>): Promise<void>;
}
