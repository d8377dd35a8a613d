import type { ItemVersion } from './item-version.js';
import type { Office } from './office.js';

/** Which offices handle an item's case in a township. */
export interface HandlingOffices {
  /** The township office that reviews the case (承办机构), e.g. `qingshi-social`. */
  reviewOfficeId: string;
  /** Who decides: the township's approval office (one seal), or the county department it is forwarded to. */
  decidingOfficeId: string;
  forwarded: boolean;
}

/**
 * Resolves an item's handling section and route to concrete offices of a township. Undefined
 * when the township lacks an office for the section or an approval office (a catalogue gap the
 * administrator must fix before the township can be granted the item).
 */
export function handlingOfficesFor(
  item: Pick<ItemVersion, 'handlingSection' | 'route'>,
  townshipId: string,
  offices: readonly Office[],
): HandlingOffices | undefined {
  const mine = offices.filter((o) => o.townshipId === townshipId);
  const reviewer = mine.find((o) => o.section === item.handlingSection);
  if (!reviewer) return undefined;
  if (item.route.kind === 'forward_to_county') {
    return { reviewOfficeId: reviewer.id, decidingOfficeId: item.route.countyOfficeId, forwarded: true };
  }
  const approval = mine.find((o) => o.kind === 'approval_office');
  if (!approval) return undefined;
  return { reviewOfficeId: reviewer.id, decidingOfficeId: approval.id, forwarded: false };
}
