import type { ApplicationDraft, DraftKey, DraftSummary, DraftVersionInfo } from '../core/drafts/application-draft.js';

/** What a version-conditional save came to: written, or refused because the stored copy is another one. */
export type DraftSaveResult =
  | { saved: true }
  /** `current` absent: nothing is stored any more (deleted, submitted or expired on the way). */
  | { saved: false; current?: DraftVersionInfo };

/**
 * Application drafts kept on the server, per account, item and township. Expired drafts (past
 * `expiresAt`, not yet removed by the table's TTL) are treated as absent everywhere.
 */
export interface DraftStore {
  /** One draft, by one keyed read. */
  get(key: DraftKey, now: Date): Promise<ApplicationDraft | undefined>;
  /** An account's drafts (summaries only), by one Query page, most recently saved first. */
  list(ownerId: string, now: Date, limit: number): Promise<DraftSummary[]>;
  /**
   * Writes `draft` (its version is `basedOn` + 1) by one conditional write: only if the stored
   * version is still `basedOn`, or, for `basedOn` 0, if there is none (or only an expired one).
   * Otherwise nothing is written and the stored copy's version and time come back.
   */
  save(draft: ApplicationDraft, basedOn: number, now: Date): Promise<DraftSaveResult>;
  /** Deletes a draft; false when there was none (or only an expired one). */
  remove(key: DraftKey, now: Date): Promise<boolean>;
}
