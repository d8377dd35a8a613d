import type { Case } from '../core/case/case.js';
import type { CaseEvent } from '../core/case/case-event.js';
import type { CaseState } from '../core/case/case-states.js';
import type { WorkQueue } from '../core/case/work-queue.js';
import type { DecisionRecord } from '../core/seal/decision-record.js';

/**
 * Records written in the same transaction as a case change, so they exist exactly when the step
 * does: a sealed decision, a decision's revocation.
 */
export type CaseSideRecord =
  | { kind: 'decision'; record: DecisionRecord }
  | { kind: 'decision_revoked'; verifyCode: string; revoked: NonNullable<DecisionRecord['revoked']> };

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page, when there is one. */
  next?: string;
}

/** Storage of cases and their append-only event chains. */
export interface CaseStore {
  /** Next serial for case numbers of a township in a year (atomic, never reused). */
  nextSerial(townshipId: string, year: number): Promise<number>;
  /** Writes a new case and its first events atomically; ConflictError if the number or query code exists. */
  create(c: Case, events: CaseEvent[]): Promise<void>;
  /** Writes the new snapshot and its events atomically, if the stored version is still `expectedVersion`. */
  update(c: Case, expectedVersion: number, events: CaseEvent[], side?: CaseSideRecord[]): Promise<void>;
  /**
   * Moves the sweep's next look at the case to `onDate` without changing the case's version, so a
   * clerk acting at the same moment is not disturbed; false when the case changed meanwhile.
   */
  scheduleCheck(c: Case, onDate: string): Promise<boolean>;
  get(caseId: string): Promise<Case | undefined>;
  /** The applicant's (ID number or credit code) latest application for the item, while it is not terminal. */
  findOpenApplication(itemCode: string, applicantId: string): Promise<Case | undefined>;
  events(caseId: string): Promise<CaseEvent[]>;
  findByQueryCode(queryCode: string): Promise<Case | undefined>;
  /** Cases of a township in the given states, newest received first. */
  listByTownship(townshipId: string, states: readonly CaseState[], limit: number): Promise<Case[]>;
  /** Cases owned by a resident account, or filed by a proxy. */
  listByApplicant(userId: string, limit: number): Promise<Case[]>;
  /** One page of a back-office work queue, earliest promised due date first (optionally one item only). */
  listWorkQueue(queue: WorkQueue, ownerId: string, options: { limit: number; cursor?: string; itemCode?: string }): Promise<Page<Case>>;
  /** Cases of a county whose next deadline check falls on or before `onOrBefore`. */
  listDueForCheck(countyId: string, onOrBefore: string, limit: number): Promise<Case[]>;
}
