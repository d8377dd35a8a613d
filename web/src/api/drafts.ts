import type { z } from '@hono/zod-openapi';
import type { DraftListSchema, DraftSchema, DraftSummarySchema, SaveDraftSchema } from '../../../functions/http/schemas/draft-schemas.js';
import type { ApiClient } from './client.js';

// The server's own shapes (type-only imports: nothing of functions/ is bundled).
/** A draft as lists show it: where it stands, without its answers. */
export type DraftSummary = z.infer<typeof DraftSummarySchema>;
/** A draft with everything typed so far. */
export type ServerDraft = z.infer<typeof DraftSchema>;
/** What a save sends. */
export type SaveDraftBody = z.input<typeof SaveDraftSchema>;

const sig = (signal?: AbortSignal) => (signal ? { signal } : {});
const pathOf = (itemCode: string, townshipId: string) => `/api/drafts/${encodeURIComponent(itemCode)}/${encodeURIComponent(townshipId)}`;

/** The signed-in resident's (or proxy's) drafts on the server, most recently saved first. */
export async function listServerDrafts(api: ApiClient, signal?: AbortSignal): Promise<DraftSummary[]> {
  return (await api.get<z.infer<typeof DraftListSchema>>('/api/drafts', sig(signal)))?.items ?? [];
}

/** One draft on the server; 404 (ApiError) when there is none. */
export function getServerDraft(api: ApiClient, itemCode: string, townshipId: string, signal?: AbortSignal): Promise<ServerDraft> {
  return api.get<ServerDraft>(pathOf(itemCode, townshipId), sig(signal));
}

/**
 * Saves a draft on top of the version it was based on (`basedOn`, 0 the first time). A copy
 * changed elsewhere answers 409 (ApiError) with `current`, the stored version and time.
 */
export function saveServerDraft(api: ApiClient, itemCode: string, townshipId: string, body: SaveDraftBody): Promise<DraftSummary> {
  return api.request<DraftSummary>('PUT', pathOf(itemCode, townshipId), { body });
}

/** Deletes a draft on the server; a 404 (already gone) counts as done. */
export async function deleteServerDraft(api: ApiClient, itemCode: string, townshipId: string): Promise<void> {
  try {
    await api.request<void>('DELETE', pathOf(itemCode, townshipId));
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
}
