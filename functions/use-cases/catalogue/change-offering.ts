import { nextOffering, type OfferingChange } from '../../core/catalogue/new-offering.js';
import { chinaDateOf } from '../../core/catalogue/local-date.js';
import type { OfferingRecord } from '../../core/catalogue/offering.js';
import { requireCounty } from './check-references.js';
import type { CatalogueDeps } from './deps.js';
import { TownshipNotFoundError } from './errors.js';
import { loadVersions } from './load-version.js';
import type { WriteContext } from './save-item.js';

/**
 * Grants (赋权), entrusts (委托) or recalls (收回) an item for one township from a date: adds the
 * next offering record. Applications submitted before the date are unaffected.
 */
export async function changeOffering(deps: CatalogueDeps, input: Omit<OfferingChange, 'countyId'>, ctx: WriteContext): Promise<OfferingRecord> {
  const versions = await loadVersions(deps, input.itemCode);
  const countyId = versions[0]!.countyId;
  requireCounty(ctx.actor, countyId);
  const township = await deps.catalogue.getTownship(input.townshipId);
  if (!township || township.countyId !== countyId) throw new TownshipNotFoundError(input.townshipId);
  const record = nextOffering(
    await deps.catalogue.listOfferings(input.itemCode),
    { ...input, countyId },
    {
      today: chinaDateOf(ctx.now),
      recordedAt: ctx.now.toISOString(),
      recordedBy: ctx.actor.userId,
    },
  );
  await deps.catalogue.addOffering(record);
  return record;
}
