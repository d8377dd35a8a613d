import type { ItemContentInput, ItemVersion } from '../../../functions/core/catalogue/item-version.js';
import type { OfferingAction, OfferingRecord } from '../../../functions/core/catalogue/offering.js';
import type { VersionHistoryEntry } from '../../../functions/use-cases/catalogue/list-item-versions.js';
import type { ItemListEntry } from '../../../functions/use-cases/catalogue/list-items.js';
import type { ItemCategory } from './catalogue.js';
import type { ApiClient } from './client.js';

export type { ItemListEntry, OfferingAction, VersionHistoryEntry };

/** A date past any version an administrator would plan: the catalogue "as it will be". */
const FAR_FUTURE = '2100-12-31';

/** One row of the administrator's list: what is in force today, and the latest version made. */
export interface CatalogueRow {
  code: string;
  /** In force today; absent for an item whose first version starts later. */
  current?: ItemListEntry;
  /** The latest version (in force, or waiting for its effective date). */
  latest: ItemListEntry;
  /** Townships that take the item in today. */
  offeredIn: number;
}

/** The fields an administrator writes, plus when the version applies and why. */
export type ItemWrite = Omit<ItemContentInput, 'countyId'> & { effectiveFrom: string; changeNote: string };

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The items in force on `at` (optionally as one township offers them), filtered like the guide. */
export async function listItemsAt(
  api: ApiClient,
  query: { at: string; township?: string; q?: string; category?: ItemCategory },
  signal?: AbortSignal,
): Promise<ItemListEntry[]> {
  const body = await api.get<{ items?: ItemListEntry[] }>('/api/catalogue/items', { query: { ...query }, ...withSignal(signal) });
  return Array.isArray(body?.items) ? body.items : [];
}

/**
 * The administrator's overview, built from the public list: today's and the latest versions
 * side by side, and in how many townships each item is taken in today (one call per township).
 */
export async function loadCatalogueRows(
  api: ApiClient,
  input: { today: string; townshipIds: string[]; q?: string; category?: ItemCategory },
  signal?: AbortSignal,
): Promise<CatalogueRow[]> {
  const filter = { ...(input.q ? { q: input.q } : {}), ...(input.category ? { category: input.category } : {}) };
  const [current, latest, ...perTownship] = await Promise.all([
    listItemsAt(api, { at: input.today, ...filter }, signal),
    listItemsAt(api, { at: FAR_FUTURE, ...filter }, signal),
    ...input.townshipIds.map((township) => listItemsAt(api, { at: input.today, township }, signal)),
  ]);
  const byCode = new Map(current.map((entry) => [entry.code, entry]));
  const rows = new Map<string, CatalogueRow>();
  for (const entry of [...latest, ...current]) {
    if (rows.has(entry.code)) continue;
    const offeredIn = perTownship.filter((list) => list.some((e) => e.code === entry.code && e.offered)).length;
    const today = byCode.get(entry.code);
    rows.set(entry.code, { code: entry.code, latest: entry, offeredIn, ...(today ? { current: today } : {}) });
  }
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Every version of an item, newest first. */
export async function listItemVersions(api: ApiClient, code: string, signal?: AbortSignal): Promise<VersionHistoryEntry[]> {
  const body = await api.get<{ versions?: VersionHistoryEntry[] }>(`/api/catalogue/items/${encodeURIComponent(code)}/versions`, withSignal(signal));
  return Array.isArray(body?.versions) ? body.versions : [];
}

/** Creates an item (version 1); 409 when the code exists. */
export function createItem(api: ApiClient, body: ItemWrite): Promise<ItemVersion> {
  return api.post<ItemVersion>('/api/catalogue/items', body);
}

/** Adds the next version of an item; 409 when `baseVersion` is no longer the latest. */
export function editItem(api: ApiClient, code: string, body: ItemWrite & { baseVersion: number }): Promise<ItemVersion> {
  return api.request<ItemVersion>('PUT', `/api/catalogue/items/${encodeURIComponent(code)}`, { body });
}

/** Grants, entrusts or recalls an item for one township from a date. */
export function changeOffering(
  api: ApiClient,
  code: string,
  change: { townshipId: string; action: OfferingAction; effectiveFrom: string; reason: string },
): Promise<OfferingRecord> {
  return api.post<OfferingRecord>(`/api/catalogue/items/${encodeURIComponent(code)}/offerings`, change);
}
