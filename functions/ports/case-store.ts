import type { Case } from '../core/case/case.js';
import type { CaseEvent } from '../core/case/case-event.js';
import type { CaseState } from '../core/case/case-states.js';
import type { WorkQueue } from '../core/case/work-queue.js';
import type { CaseListRow, TownshipListRow, WorkQueueRow } from './case-list-rows.js';
import type { DecisionRecord } from '../core/seal/decision-record.js';
import type { DraftKey } from '../core/drafts/application-draft.js';
import type { SupervisionOrder } from '../core/supervision/supervision-order.js';

/**
 * Records written in the same transaction as a case change, so they exist exactly when the step
 * does: a sealed decision, a decision's revocation, a supervision order, a submitted draft's removal.
 */
export type CaseSideRecord =
  | { kind: 'decision'; record: DecisionRecord }
  | { kind: 'decision_revoked'; verifyCode: string; revoked: NonNullable<DecisionRecord['revoked']> }
  /** A supervision order (督办单), new (version 1) or replacing the stored version − 1. */
  | { kind: 'supervision_order'; record: SupervisionOrder }
  /** The applicant's draft of the application just submitted, deleted (absent is fine). */
  | { kind: 'draft_submitted'; draft: DraftKey };

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page, when there is one. */
  next?: string;
}

/** Storage of cases and their append-only event chains. */
export interface CaseStore {
  /** Next serial for case numbers of a township in a year (atomic, never reused). */
  nextSerial(townshipId: string, year: number): Promise<number>;
  /** Writes a new case and its first events (and side records) atomically; ConflictError if the number or query code exists. */
  create(c: Case, events: CaseEvent[], side?: CaseSideRecord[]): Promise<void>;
  /** Writes the new snapshot and its events atomically, if the stored version is still `expectedVersion`. */
  update(c: Case, expectedVersion: number, events: CaseEvent[], side?: CaseSideRecord[]): Promise<void>;
  /**
   * Moves the sweep's next look at the case to `onDate` (none: nothing can change any more)
   * without changing the case's version, so a clerk acting at the same moment is not disturbed;
   * false when the case changed meanwhile.
   */
  scheduleCheck(c: Case, onDate: string | undefined): Promise<boolean>;
  /**
   * Bulk import of cases with their events (demo history, benchmarks): unconditional batch writes,
   * with the same items and index entries as create/update. Never used for live changes.
   * `lookups: false` leaves out the query-code and case-number records (scale tests).
   */
  importMany(entries: { case: Case; events: CaseEvent[] }[], options?: { lookups?: boolean }): Promise<void>;
  get(caseId: string): Promise<Case | undefined>;
  /** The applicant's (ID number or credit code) latest application for the item, while it is not terminal. */
  findOpenApplication(itemCode: string, applicantId: string): Promise<Case | undefined>;
  events(caseId: string): Promise<CaseEvent[]>;
  findByQueryCode(queryCode: string): Promise<Case | undefined>;
  /** The case and its events in order, by one read of the case's partition (detail, lookup). */
  getWithEvents(caseId: string): Promise<{ case: Case; events: CaseEvent[] } | undefined>;
  /** The query code's pointer: its case, and the phone check when the pointer has one (core phoneCheckOf; pointers of older cases have none). */
  findQueryCode(queryCode: string): Promise<{ caseId: string; phoneCheck?: string } | undefined>;
  /** The same by query code: the code's pointer, then the case's partition. */
  findByQueryCodeWithEvents(queryCode: string): Promise<{ case: Case; events: CaseEvent[] } | undefined>;
  /** Cases of a township in the given states, newest received first: the fields its lists show (case-list-rows.ts). */
  listByTownship(townshipId: string, states: readonly CaseState[], limit: number): Promise<TownshipListRow[]>;
  /** Cases owned by a resident account, or filed by a proxy: the fields a list entry shows. */
  listByApplicant(userId: string, limit: number): Promise<CaseListRow[]>;
  /** One page of a back-office work queue, earliest promised due date first (optionally one item only): the fields its rows show. */
  listWorkQueue(queue: WorkQueue, ownerId: string, options: { limit: number; cursor?: string; itemCode?: string }): Promise<Page<WorkQueueRow>>;
  /** Cases of a county whose next deadline check falls on or before `onOrBefore`, whole (the sweep changes them). */
  listDueForCheck(countyId: string, onOrBefore: string, limit: number): Promise<Case[]>;
}
