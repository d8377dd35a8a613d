import type { Checklist } from '../../../functions/core/catalogue/checklist.js';
import type { VersionSummary } from '../../../functions/core/catalogue/item-summary.js';
import type { ItemVersion } from '../../../functions/core/catalogue/item-version.js';
import type { OfferingRecord } from '../../../functions/core/catalogue/offering.js';
import type { Office } from '../../../functions/core/catalogue/office.js';
import type { SituationQuestion } from '../../../functions/core/catalogue/situation.js';
import type { ApiClient } from './client.js';

// The shapes are the catalogue's own (type-only imports: nothing of the server reaches the bundle).
export type { ItemVersion, OfferingRecord, Office, SituationQuestion, VersionSummary };
export type { Material } from '../../../functions/core/catalogue/material.js';
export type { FormField } from '../../../functions/core/catalogue/form-field.js';
export type { BilingualText } from '../../../functions/core/catalogue/bilingual.js';

/** Why a township does not take an item in on the date asked. */
export type UnavailableReason = 'not_yet_in_force' | 'abolished' | 'never_offered' | 'recalled';

/** One township's standing for the item, and every change recorded for it. */
export interface TownshipOffering {
  townshipId: string;
  offered: boolean;
  reason?: UnavailableReason;
  current?: OfferingRecord;
  history: OfferingRecord[];
}

/** `GET /api/catalogue/items/:code`: the version in force (or asked for) and every township's offering. */
export interface ItemDetail {
  at: string;
  item: ItemVersion;
  latestVersion: number;
  /** Versions made but not yet in force on `at`. */
  upcoming: VersionSummary[];
  offerings: TownshipOffering[];
}

/** What one applicant needs, given their answers to the situation questions. */
export interface ChecklistAnswer extends Omit<Checklist, 'answers'> {
  version: number;
  questions: SituationQuestion[];
  answers: Record<string, string>;
}

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

/** An item as in force today, or a given version of it (`version`), or as in force on `at`. */
export function getItem(api: ApiClient, code: string, options: { version?: number; at?: string } = {}, signal?: AbortSignal) {
  const query = {
    ...(options.version !== undefined ? { version: String(options.version) } : {}),
    ...(options.at ? { at: options.at } : {}),
  };
  return api.get<ItemDetail>(`/api/catalogue/items/${encodeURIComponent(code)}`, { query, ...withSignal(signal) });
}

/** The exact materials and conditions for these answers; a 400 names unanswered questions (`answers.<id>`). */
export function getChecklist(api: ApiClient, code: string, answers: Record<string, string>, signal?: AbortSignal) {
  return api.post<ChecklistAnswer>(`/api/catalogue/items/${encodeURIComponent(code)}/checklist`, { answers }, withSignal(signal));
}

/** Every office of the county: township offices (by section) and county departments. */
export async function listOffices(api: ApiClient, signal?: AbortSignal): Promise<Office[]> {
  const body = await api.get<{ offices?: Office[] }>('/api/catalogue/offices', withSignal(signal));
  return Array.isArray(body?.offices) ? body.offices : [];
}
