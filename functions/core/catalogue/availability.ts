import type { ItemVersion } from './item-version.js';
import type { LocalDate } from './local-date.js';
import type { OfferingRecord } from './offering.js';
import { resolveOffering, resolveVersion } from './resolve-version.js';

/** Why a township does not take in an item on a date. */
export type UnavailableReason = 'not_yet_in_force' | 'abolished' | 'never_offered' | 'recalled';

/** Whether a township takes in new applications for an item on a date, and under which version. */
export type Availability =
  | { offered: true; version: ItemVersion; offering: OfferingRecord }
  | { offered: false; reason: UnavailableReason; version?: ItemVersion; offering?: OfferingRecord };

/**
 * Does township T offer item I on date D, and under which version? `versions` are all versions
 * of the item; `offerings` that item's offering records (any township; others are ignored).
 */
export function availabilityOf(versions: readonly ItemVersion[], offerings: readonly OfferingRecord[], townshipId: string, at: LocalDate): Availability {
  const version = resolveVersion(versions, at);
  const offering = resolveOffering(
    offerings.filter((o) => o.townshipId === townshipId),
    at,
  );
  const known = { ...(version ? { version } : {}), ...(offering ? { offering } : {}) };
  if (!version) return { offered: false, reason: 'not_yet_in_force', ...known };
  if (version.status === 'abolished') return { offered: false, reason: 'abolished', ...known };
  if (!offering) return { offered: false, reason: 'never_offered', ...known };
  if (offering.action === 'recall') return { offered: false, reason: 'recalled', ...known };
  return { offered: true, version, offering };
}
