import type { ItemHead, VersionSummary } from '../../core/catalogue/item-summary.js';
import type { ItemCategory } from '../../core/catalogue/item-version.js';
import type { LocalDate } from '../../core/catalogue/local-date.js';
import type { OfferingAction, OfferingRecord } from '../../core/catalogue/offering.js';
import { searchItems } from '../../core/catalogue/item-search.js';
import { resolveOffering, resolveVersion } from '../../core/catalogue/resolve-version.js';
import type { CatalogueDeps } from './deps.js';
import { resolveCounty } from './resolve-county.js';

export interface ListItemsInput {
  countyId?: string;
  /** When given, each entry says whether this township takes the item in on `at`. */
  townshipId?: string;
  at: LocalDate;
  /** The catalogue search (core/catalogue/item-search.ts): code, names, keywords, pinyin, initials; ranked. */
  q?: string;
  category?: ItemCategory;
}

/** One row of the catalogue list: the version in force on the date, and the township's offering. */
export interface ItemListEntry extends VersionSummary {
  code: string;
  countyId: string;
  offered?: boolean;
  offering?: { action: OfferingAction; effectiveFrom: LocalDate };
}

/** The items in force on a date (abolished ones left out), optionally with a township's offerings. */
export async function listItems(deps: CatalogueDeps, input: ListItemsInput): Promise<{ countyId: string; items: ItemListEntry[] }> {
  const { countyId } = await resolveCounty(deps, input);
  const [heads, offerings] = await Promise.all([
    deps.catalogue.listItemHeads(countyId),
    input.townshipId ? deps.catalogue.listOfferingsOfTownship(input.townshipId) : Promise.resolve([] as OfferingRecord[]),
  ]);
  const entries: ItemListEntry[] = [];
  for (const head of heads) {
    const summary = resolveVersion(head.versions, input.at);
    if (!summary || summary.status === 'abolished') continue;
    const entry: ItemListEntry = { ...summary, code: head.code, countyId: head.countyId };
    if (input.category && entry.category !== input.category) continue;
    if (input.townshipId) addOffering(entry, head, offerings, input.at);
    entries.push(entry);
  }
  const sorted = entries.sort((a, b) => a.code.localeCompare(b.code));
  return { countyId, items: input.q ? searchItems(sorted, input.q) : sorted };
}

function addOffering(entry: ItemListEntry, head: ItemHead, offerings: OfferingRecord[], at: LocalDate) {
  const record = resolveOffering(
    offerings.filter((o) => o.itemCode === head.code),
    at,
  );
  entry.offered = record !== undefined && record.action !== 'recall';
  if (record) entry.offering = { action: record.action, effectiveFrom: record.effectiveFrom };
}
