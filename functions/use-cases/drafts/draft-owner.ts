import { may } from '../../core/auth/policy.js';
import type { Principal } from '../../core/auth/principal.js';
import type { DraftKey } from '../../core/drafts/application-draft.js';
import { ForbiddenError } from '../../core/errors.js';

/**
 * The key of the caller's own draft: drafts belong to the account that saves them, so nobody can
 * name another's. A village proxy applies in their own township only, and keeps drafts there only.
 */
export function ownDraftKey(principal: Principal, key: { itemCode: string; townshipId: string }): DraftKey {
  if (!may(principal, 'keep_drafts')) throw new ForbiddenError(`role ${principal.role} keeps no drafts`);
  if (principal.role === 'proxy' && principal.townshipId !== key.townshipId) {
    throw new ForbiddenError('proxies apply in their own township only');
  }
  return { ownerId: principal.userId, itemCode: key.itemCode, townshipId: key.townshipId };
}

/** The caller's account, for listing their drafts. */
export function draftOwner(principal: Principal): string {
  if (!may(principal, 'keep_drafts')) throw new ForbiddenError(`role ${principal.role} keeps no drafts`);
  return principal.userId;
}
