import type { Principal } from '../../core/auth/principal.js';
import { savedDraft, summaryOf, type DraftContent, type DraftSummary } from '../../core/drafts/application-draft.js';
import { ConflictError } from '../../core/errors.js';
import type { DraftDeps } from './draft-deps.js';
import { ownDraftKey } from './draft-owner.js';

/**
 * Saves the caller's draft on top of the version it was based on (0: a first save). A stale save
 * — the draft changed on another device, or a first save where a draft exists — is refused with
 * the stored copy's version and time, never written over; one based on a draft that is gone
 * (submitted, deleted, expired) is refused too, so the applicant decides whether to keep it.
 */
export async function saveDraft(
  deps: DraftDeps,
  principal: Principal,
  key: { itemCode: string; townshipId: string },
  basedOn: number,
  content: DraftContent,
): Promise<DraftSummary> {
  const now = deps.now();
  const draft = savedDraft(ownDraftKey(principal, key), content, basedOn, now);
  const result = await deps.drafts.save(draft, basedOn, now);
  if (result.saved) return summaryOf(draft);
  if (!result.current) throw new ConflictError(`draft ${key.itemCode} is gone`, 'DRAFT_GONE');
  const code = basedOn === 0 ? 'DRAFT_EXISTS' : 'DRAFT_CHANGED';
  throw new ConflictError(`draft ${key.itemCode} is at version ${result.current.version}`, code, { version: result.current.version }, result.current);
}
