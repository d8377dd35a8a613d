import { ValidationError, type FieldIssue } from '../errors.js';
import { ItemExistsError, ItemVersionConflictError } from './errors.js';
import { ItemVersionSchema, type ItemContent, type ItemVersion } from './item-version.js';
import type { LocalDate } from './local-date.js';

/** An administrator's edit: the full content, when it applies, why, and which version it was based on. */
export interface VersionDraft {
  content: ItemContent;
  effectiveFrom: LocalDate;
  changeNote: string;
  /** The latest version the editor saw; absent when creating the item. */
  baseVersion?: number;
}

export interface RecordMeta {
  /** China date of the write: effective dates before it are refused. */
  today: LocalDate;
  recordedAt: string;
  recordedBy: string;
}

/**
 * Makes version n+1 of an item. Rules: an edit must be based on the latest version (else 409);
 * a version may not take effect before today — a case already submitted keeps the version it
 * was submitted under, and a backdated version would misstate what governed it — nor before the
 * latest version's effective date, so versions take effect in the order they were made.
 */
export function nextVersion(existing: readonly ItemVersion[], draft: VersionDraft, meta: RecordMeta): ItemVersion {
  const latest = existing.reduce<ItemVersion | undefined>((a, v) => (!a || v.version > a.version ? v : a), undefined);
  if (!latest && draft.baseVersion !== undefined && draft.baseVersion !== 0) {
    throw new ItemVersionConflictError(draft.content.code, 0);
  }
  if (latest && draft.baseVersion === undefined) throw new ItemExistsError(draft.content.code);
  if (latest && draft.baseVersion !== latest.version) throw new ItemVersionConflictError(latest.code, latest.version);

  const issues: FieldIssue[] = [];
  if (draft.effectiveFrom < meta.today) {
    issues.push({ path: 'effectiveFrom', message: 'catalogue.effectiveFrom.past', params: { today: meta.today } });
  } else if (latest && draft.effectiveFrom < latest.effectiveFrom) {
    issues.push({ path: 'effectiveFrom', message: 'catalogue.effectiveFrom.beforeLatest', params: { latest: latest.effectiveFrom } });
  }
  if (latest && draft.content.code !== latest.code) issues.push({ path: 'code', message: 'catalogue.item.codeFixed' });
  if (latest && draft.content.countyId !== latest.countyId) issues.push({ path: 'countyId', message: 'catalogue.item.countyFixed' });
  if (issues.length > 0) throw new ValidationError(issues);

  return ItemVersionSchema.parse({
    ...draft.content,
    version: (latest?.version ?? 0) + 1,
    effectiveFrom: draft.effectiveFrom,
    changeNote: draft.changeNote,
    recordedAt: meta.recordedAt,
    recordedBy: meta.recordedBy,
  });
}
