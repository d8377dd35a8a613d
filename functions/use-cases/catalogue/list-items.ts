import type { ItemHead, VersionSummary } from '../../core/catalogue/item-summary.js';
import type { ItemCategory } from '../../core/catalogue/item-version.js';
import type { LocalDate } from '../../core/catalogue/local-date.js';
import type { OfferingAction, OfferingRecord } from '../../core/catalogue/offering.js';
import { resolveOffering, resolveVersion } from '../../core/catalogue/resolve-version.js';
import type { CatalogueDeps } from './deps.js';
import { resolveCounty } from './resolve-county.js';

export interface ListItemsInput {
  countyId?: string;
  /** When given, each entry says whether this township takes the item in on `at`. */
  townshipId?: string;
  at: LocalDate;
  /** Matches the code, either name or a keyword, ignoring case. */
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

const matches = (entry: VersionSummary & { code: string }, q: string) => {
  const needle = q.trim().toLowerCase();
  return [entry.code, entry.name['zh-CN'], entry.name.en, ...entry.keywords].some((s) => s.toLowerCase().includes(needle));
};

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
    if (input.q && !matches(entry, input.q)) continue;
    if (input.townshipId) addOffering(entry, head, offerings, input.at);
    entries.push(entry);
  }
  return { countyId, items: entries.sort((a, b) => a.code.localeCompare(b.code)) };
}

function addOffering(entry: ItemListEntry, head: ItemHead, offerings: OfferingRecord[], at: LocalDate) {
  const record = resolveOffering(
    offerings.filter((o) => o.itemCode === head.code),
    at,
  );
  entry.offered = record !== undefined && record.action !== 'recall';
  if (record) entry.offering = { action: record.action, effectiveFrom: record.effectiveFrom };
}
