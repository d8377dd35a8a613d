import { availabilityOf, type UnavailableReason } from '../../core/catalogue/availability.js';
import { summarize, type VersionSummary } from '../../core/catalogue/item-summary.js';
import type { ItemVersion } from '../../core/catalogue/item-version.js';
import type { LocalDate } from '../../core/catalogue/local-date.js';
import type { OfferingRecord } from '../../core/catalogue/offering.js';
import type { CatalogueDeps } from './deps.js';
import { loadVersion, type VersionChoice } from './load-version.js';

/** One township's standing for the item on the date, and its whole offering history. */
export interface TownshipOffering {
  townshipId: string;
  offered: boolean;
  reason?: UnavailableReason;
  current?: OfferingRecord;
  history: OfferingRecord[];
}

export interface ItemDetail {
  item: ItemVersion;
  latestVersion: number;
  /** Versions made but not yet in force on the date. */
  upcoming: VersionSummary[];
  offerings: TownshipOffering[];
}

/** An item as it stands on a date (or a given version), with every township's offering. */
export async function getItem(deps: CatalogueDeps, input: VersionChoice & { code: string }): Promise<ItemDetail> {
  const { version, versions } = await loadVersion(deps, input.code, input);
  const [records, townships] = await Promise.all([deps.catalogue.listOfferings(input.code), deps.catalogue.listTownships(version.countyId)]);
  return {
    item: version,
    latestVersion: Math.max(...versions.map((v) => v.version)),
    upcoming: await Promise.all(versions.filter((v) => v.effectiveFrom > input.at).map(summarize)),
    offerings: townships.map((t) => townshipOffering(versions, records, t.id, input.at)),
  };
}

function townshipOffering(versions: ItemVersion[], records: OfferingRecord[], townshipId: string, at: LocalDate): TownshipOffering {
  const availability = availabilityOf(versions, records, townshipId, at);
  return {
    townshipId,
    offered: availability.offered,
    ...(availability.offered ? {} : { reason: availability.reason }),
    ...(availability.offering ? { current: availability.offering } : {}),
    history: records.filter((r) => r.townshipId === townshipId),
  };
}
