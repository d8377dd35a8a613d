import type { ApiClient } from './client.js';
import type { LocalizedText } from './localized.js';

/** The catalogue's item categories (行政许可 / 公共服务 / 其他). */
export const ITEM_CATEGORIES = ['licensing', 'public_service', 'other'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

/** What the service guide shows of an item; `GET /api/catalogue/items` sends more. */
export interface CatalogueItemSummary {
  code: string;
  name: LocalizedText;
  category?: ItemCategory;
  caseType?: 'on_the_spot' | 'promised';
  promisedLimitDays?: number;
  /** Fee in fen (分); 0 means free. */
  feeFen?: number;
  keywords?: string[];
  /** Pinyin of the name and keywords, computed by the server when the item was saved. */
  search?: { pinyin: string[]; initials: string[] };
}

/** A township of the county, with its bilingual name. */
export interface TownshipSummary {
  id: string;
  name: LocalizedText;
}

/** The items in force today, as `{ items: [...] }`; entries without a code or name are dropped. */
export async function listCatalogueItems(api: ApiClient, signal?: AbortSignal): Promise<CatalogueItemSummary[]> {
  const body = await api.get<{ items?: unknown }>('/api/catalogue/items', signal ? { signal } : {});
  const rows = Array.isArray(body?.items) ? body.items : [];
  return rows.flatMap((row): CatalogueItemSummary[] => {
    const r = (row ?? {}) as Record<string, unknown>;
    if (typeof r.code !== 'string' || !r.name) return [];
    const item: CatalogueItemSummary = { code: r.code, name: r.name as LocalizedText };
    if ((ITEM_CATEGORIES as readonly unknown[]).includes(r.category)) item.category = r.category as ItemCategory;
    if (r.caseType === 'on_the_spot' || r.caseType === 'promised') item.caseType = r.caseType;
    if (typeof r.promisedLimitDays === 'number') item.promisedLimitDays = r.promisedLimitDays;
    if (typeof r.feeFen === 'number') item.feeFen = r.feeFen;
    if (Array.isArray(r.keywords)) item.keywords = r.keywords.filter((k): k is string => typeof k === 'string');
    const search = r.search as CatalogueItemSummary['search'] | undefined;
    if (search && Array.isArray(search.pinyin) && Array.isArray(search.initials)) item.search = search;
    return [item];
  });
}

/** The county's townships. */
export async function listTownships(api: ApiClient, signal?: AbortSignal): Promise<TownshipSummary[]> {
  const body = await api.get<{ townships?: unknown }>('/api/catalogue/townships', signal ? { signal } : {});
  const rows = Array.isArray(body?.townships) ? body.townships : [];
  return rows.flatMap((row): TownshipSummary[] => {
    const r = (row ?? {}) as Record<string, unknown>;
    return typeof r.id === 'string' && r.name ? [{ id: r.id, name: r.name as LocalizedText }] : [];
  });
}
