import type { ApiClient } from './client.js';
import type { LocalizedText } from './localized.js';

/** What a resident sees of a case looked up by query code: never personal data. */
export interface CaseLookupResult {
  caseNumber?: string;
  itemName?: LocalizedText;
  status?: LocalizedText;
  updatedAt?: string;
}

/** Looks a case up without signing in, by its query code and the last 4 digits of the phone. */
export async function lookupCase(
  api: ApiClient,
  query: { code: string; phoneLast4: string },
  signal?: AbortSignal,
): Promise<CaseLookupResult> {
  const body = await api.get<Record<string, unknown>>('/api/cases/lookup', {
    query: { code: query.code, phoneLast4: query.phoneLast4 },
    ...(signal ? { signal } : {}),
  });
  const b = body && typeof body === 'object' ? body : {};
  const result: CaseLookupResult = {};
  if (typeof b.caseNumber === 'string') result.caseNumber = b.caseNumber;
  if (b.itemName) result.itemName = b.itemName as LocalizedText;
  const status = b.statusLabel ?? b.status ?? b.state;
  if (status) result.status = status as LocalizedText;
  if (typeof b.updatedAt === 'string') result.updatedAt = b.updatedAt;
  return result;
}
