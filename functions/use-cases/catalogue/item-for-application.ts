import { availabilityOf } from '../../core/catalogue/availability.js';
import { ItemNotFoundError, ItemNotOfferedError } from '../../core/catalogue/errors.js';
import type { ItemVersion } from '../../core/catalogue/item-version.js';
import type { LocalDate } from '../../core/catalogue/local-date.js';
import type { OfferingRecord } from '../../core/catalogue/offering.js';
import type { CatalogueDeps } from './deps.js';

/**
 * The version a new application in `townshipId` submitted on `at` is made under, and the
 * offering that lets the township take it in. 404 for an unknown item; 422
 * (CATALOGUE_ITEM_NOT_OFFERED, with the reason) when the township does not offer it that day.
 */
export async function itemForApplication(
  deps: CatalogueDeps,
  input: { code: string; townshipId: string; at: LocalDate },
): Promise<{ version: ItemVersion; offering: OfferingRecord }> {
  const { versions, offerings } = await deps.catalogue.listVersionsAndOfferings(input.code);
  if (versions.length === 0) throw new ItemNotFoundError(input.code);
  const availability = availabilityOf(versions, offerings, input.townshipId, input.at);
  if (!availability.offered) throw new ItemNotOfferedError(input.code, input.townshipId, availability.reason);
  return { version: availability.version, offering: availability.offering };
}
