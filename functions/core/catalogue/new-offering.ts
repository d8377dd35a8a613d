import { ValidationError } from '../errors.js';
import { OfferingUnchangedError } from './errors.js';
import type { RecordMeta } from './new-version.js';
import type { LocalDate } from './local-date.js';
import { OfferingRecordSchema, type OfferingAction, type OfferingRecord } from './offering.js';

/** An administrator's change to what one township offers. */
export interface OfferingChange {
  countyId: string;
  townshipId: string;
  itemCode: string;
  action: OfferingAction;
  effectiveFrom: LocalDate;
  reason: string;
}

/**
 * Makes the next offering record of an item in a township. Like versions, a change applies from
 * today or later and after the latest recorded change (cases in flight keep their rules); a
 * change to the state already recorded last is refused as pointless.
 */
export function nextOffering(existing: readonly OfferingRecord[], change: OfferingChange, meta: RecordMeta): OfferingRecord {
  const mine = existing.filter((r) => r.townshipId === change.townshipId && r.itemCode === change.itemCode);
  const latest = mine.reduce<OfferingRecord | undefined>((a, r) => (!a || r.seq > a.seq ? r : a), undefined);
  if (change.effectiveFrom < meta.today) {
    throw new ValidationError([{ path: 'effectiveFrom', message: 'catalogue.effectiveFrom.past', params: { today: meta.today } }]);
  }
  if (latest && change.effectiveFrom < latest.effectiveFrom) {
    throw new ValidationError([{ path: 'effectiveFrom', message: 'catalogue.effectiveFrom.beforeLatest', params: { latest: latest.effectiveFrom } }]);
  }
  if ((latest?.action ?? 'recall') === change.action) {
    throw new OfferingUnchangedError(change.itemCode, change.townshipId, change.action);
  }
  return OfferingRecordSchema.parse({
    ...change,
    seq: (latest?.seq ?? 0) + 1,
    recordedAt: meta.recordedAt,
    recordedBy: meta.recordedBy,
  });
}
