import type { Principal } from '../../core/auth/principal.js';
import type { ApplicationDraft } from '../../core/drafts/application-draft.js';
import { NotFoundError } from '../../core/errors.js';
import type { DraftDeps } from './draft-deps.js';
import { ownDraftKey } from './draft-owner.js';

/** One of the caller's drafts, to resume it. */
export async function getDraft(deps: DraftDeps, principal: Principal, key: { itemCode: string; townshipId: string }): Promise<ApplicationDraft> {
  const draft = await deps.drafts.get(ownDraftKey(principal, key), deps.now());
  if (!draft) throw new NotFoundError(`no draft of ${key.itemCode} in ${key.townshipId}`);
  return draft;
}
