import type { Principal } from '../../core/auth/principal.js';
import { DRAFT_MAX_PER_OWNER, type DraftSummary } from '../../core/drafts/application-draft.js';
import type { DraftDeps } from './draft-deps.js';
import { draftOwner } from './draft-owner.js';

/** The caller's unfinished applications, most recently saved first (no answers in the list). */
export async function listDrafts(deps: DraftDeps, principal: Principal): Promise<DraftSummary[]> {
  return deps.drafts.list(draftOwner(principal), deps.now(), DRAFT_MAX_PER_OWNER);
}
