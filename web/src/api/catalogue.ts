import type { ApiClient } from './client.js';
import type { LocalizedText } from './localized.js';

/** What the service guide lists of an item. The catalogue API may send more; this is all we read. */
export interface CatalogueItemSummary {
  code: string;
  name: LocalizedText;
  category?: LocalizedText;
}

/**
 * The public list of service items. Accepts `{ items: [...] }` or a bare array, so the guide keeps
 * working whichever the catalogue endpoint settles on; entries without a code or name are dropped.
 */
export async function listCatalogueItems(api: ApiClient, signal?: AbortSignal): Promise<CatalogueItemSummary[]> {
  const body = await api.get<unknown>('/api/catalogue/items', signal ? { signal } : {});
  const rows = Array.isArray(body) ? body : Array.isArray((body as { items?: unknown })?.items) ? (body as { items: unknown[] }).items : [];
  return rows.flatMap((row) => {
    if (!row || typeof row !== 'object') return [];
    const r = row as Record<string, unknown>;
    const code = typeof r.code === 'string' ? r.code : typeof r.itemCode === 'string' ? r.itemCode : undefined;
    if (!code || !r.name) return [];
    const item: CatalogueItemSummary = { code, name: r.name as LocalizedText };
    if (r.category) item.category = r.category as LocalizedText;
    return [item];
  });
}
