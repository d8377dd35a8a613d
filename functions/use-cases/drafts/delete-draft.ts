import type { Principal } from '../../core/auth/principal.js';
import { NotFoundError } from '../../core/errors.js';
import type { DraftDeps } from './draft-deps.js';
import { ownDraftKey } from './draft-owner.js';

/** Deletes one of the caller's drafts (the dashboard's "delete", or "start again"). */
export async function deleteDraft(deps: DraftDeps, principal: Principal, key: { itemCode: string; townshipId: string }): Promise<void> {
  if (!(await deps.drafts.remove(ownDraftKey(principal, key), deps.now()))) throw new NotFoundError(`no draft of ${key.itemCode}`);
}
