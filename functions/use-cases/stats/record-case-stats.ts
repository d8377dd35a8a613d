import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { Case } from '../../core/case/case.js';
import { contributionOf } from '../../core/stats/case-contribution.js';
import type { StatsStore } from '../../ports/stats-store.js';

export interface RecordStatsDeps {
  stats: StatsStore;
  /** The working-day calendar, loaded once per batch by the caller. */
  calendar: WorkingCalendar;
}

/** Counts one case snapshot in the county's figures (idempotent: an older or repeated version changes nothing). */
export async function recordCaseStats(c: Case, deps: RecordStatsDeps): Promise<'counted' | 'stale' | 'unchanged'> {
  return deps.stats.recordCase(c.countyId, c.caseId, c.version, contributionOf(c, deps.calendar));
}
