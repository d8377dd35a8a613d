import { summarize, type VersionSummary } from '../../core/catalogue/item-summary.js';
import type { CatalogueDeps } from './deps.js';
import { loadVersions } from './load-version.js';

/** One entry of an item's history. */
export interface VersionHistoryEntry extends VersionSummary {
  recordedAt: string;
  recordedBy: string;
  changeNote: string;
}

/** Every version of an item, newest first. */
export async function listItemVersions(deps: CatalogueDeps, code: string): Promise<VersionHistoryEntry[]> {
  const versions = await loadVersions(deps, code);
  const entries = await Promise.all(
    versions.map(async (v) => ({ ...(await summarize(v)), recordedAt: v.recordedAt, recordedBy: v.recordedBy, changeNote: v.changeNote })),
  );
  return entries.sort((a, b) => b.version - a.version);
}
