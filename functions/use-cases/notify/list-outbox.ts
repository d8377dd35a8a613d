import type { Principal } from '../../core/auth/principal.js';
import { ForbiddenError } from '../../core/errors.js';
import type { Outbox } from '../../ports/outbox.js';

/** The county's messages to applicants, newest first, phone numbers masked (supervisor, admin). */
export async function listOutbox(outbox: Outbox, principal: Principal, options: { limit?: number; cursor?: string }) {
  if (principal.role !== 'supervisor' && principal.role !== 'admin') throw new ForbiddenError(`role ${principal.role} may not read the outbox`);
  if (!principal.countyId) throw new ForbiddenError('the outbox is read within a county');
  return outbox.list(principal.countyId, { limit: options.limit ?? 25, ...(options.cursor ? { cursor: options.cursor } : {}) });
}
