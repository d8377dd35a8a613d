import type { DraftStore } from '../../ports/draft-store.js';

/** The ports the draft use cases work through. */
export interface DraftDeps {
  drafts: DraftStore;
  now: () => Date;
}
