import type { Contribution } from '../core/stats/case-contribution.js';

/** One aggregate bucket as stored: its key and its counters. */
export interface StatsBucket {
  bucket: string;
  counters: Record<string, number>;
}

/** The county's aggregate figures, kept by the stream consumer (adapters/dynamodb/stats-store.ts). */
export interface StatsStore {
  /**
   * Counts a case snapshot: adds the difference between what the case was last counted as and
   * `contribution`, in one transaction with the new record of what it is counted as. A version not
   * newer than the one counted changes nothing ('stale'); nor does one that counts as the case was
   * last counted ('unchanged': a step that moves no figure writes nothing).
   */
  recordCase(countyId: string, caseId: string, version: number, contribution: Contribution): Promise<'counted' | 'stale' | 'unchanged'>;
  /** Day buckets from `from` to `to` (inclusive) and the NOW buckets of a county. */
  read(countyId: string, from: string, to: string): Promise<{ days: StatsBucket[]; now: StatsBucket[] }>;
}
