import { z } from 'zod';
import { ItemCodeSchema } from './item-version.js';
import { LocalDateSchema } from './local-date.js';

/**
 * What a county does with an item for one township: 赋权 grant (the township decides in its own
 * name), 委托 entrust (it decides in the county department's name), 收回 recall (back to the county).
 */
export const OFFERING_ACTIONS = ['grant', 'entrust', 'recall'] as const;
export type OfferingAction = (typeof OFFERING_ACTIONS)[number];

/**
 * One record of an item's offering history in one township. Records are numbered 1..n per
 * (township, item) and never changed; the record in force on a date decides whether the
 * township takes in new applications for the item.
 */
export const OfferingRecordSchema = z.object({
  countyId: z.string().min(1),
  townshipId: z.string().min(1),
  itemCode: ItemCodeSchema,
  seq: z.number().int().min(1),
  action: z.enum(OFFERING_ACTIONS),
  effectiveFrom: LocalDateSchema,
  reason: z.string().trim().min(1).max(500),
  recordedAt: z.iso.datetime(),
  recordedBy: z.string().min(1),
});
export type OfferingRecord = z.infer<typeof OfferingRecordSchema>;
