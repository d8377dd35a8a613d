import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { refreshCaseClock } from '../../core/case/case-clock-view.js';
import { chinaDateOf as chinaDate } from '../../core/calendar/china-date.js';
import { intakeClockFrom } from '../../core/case/intake-clock.js';
import { deemAcceptedStep, nextDay } from '../../core/case/intake-steps.js';
import { ConflictError } from '../../core/errors.js';
import type { CaseStore } from '../../ports/case-store.js';
import type { IntakeCatalogue } from '../../ports/intake-catalogue.js';

export interface SweepDeps {
  cases: CaseStore;
  catalogue: IntakeCatalogue;
  calendar: () => Promise<WorkingCalendar>;
  countyIds: () => Promise<string[]>;
  now: () => Date;
  log?: (message: string, fields: Record<string, unknown>) => void;
}

export interface SweepResult {
  scanned: number;
  changed: number;
  deemedAccepted: number;
  conflicts: number;
}

/** Cases handled per county per run; the schedule runs every 15 minutes, so a backlog drains quickly. */
const BATCH = 500;

/**
 * The deadline sweep: reads, through the deadline index, every case whose next check is due.
 * An application the counter left unanswered past the 5-working-day limit is deemed accepted on
 * the day it was received; an accepted case gets its card (yellow / red / legal breach) brought
 * up to date, each change recorded as an event. A case someone changed meanwhile is left for the
 * next run.
 */
export async function sweepDeadlines(deps: SweepDeps): Promise<SweepResult> {
  const now = deps.now();
  const at = now.toISOString();
  const today = chinaDate(now);
  const calendar = await deps.calendar();
  const clock = intakeClockFrom(calendar);
  const result: SweepResult = { scanned: 0, changed: 0, deemedAccepted: 0, conflicts: 0 };

  for (const countyId of await deps.countyIds()) {
    for (const c of await deps.cases.listDueForCheck(countyId, today, BATCH)) {
      result.scanned++;
      try {
        const item = await deps.catalogue.itemForCase(c.itemCode, c.itemVersion, c.townshipId, c.variantAnswers);
        if (c.state === 'submitted') {
          if (today <= c.answerDueOn) {
            await deps.cases.scheduleCheck(c, nextDay(c.answerDueOn));
            continue;
          }
          const step = deemAcceptedStep(c, item, at, clock);
          const refreshed = refreshCaseClock(step.after, item, calendar, today, at);
          const events = refreshed ? [step.event, refreshed.event] : [step.event];
          const final = refreshed?.after ?? step.after;
          await deps.cases.update({ ...final, nextCheckOn: nextDay(today) }, c.version, events);
          result.deemedAccepted++;
          result.changed++;
          continue;
        }
        if (c.state === 'suspended') {
          // The clock is paused: nothing moves until the procedure's expected end is reached.
          const open = c.suspensions?.find((s) => !s.end);
          await deps.cases.scheduleCheck(c, nextDay(open && open.expectedEnd > today ? open.expectedEnd : today));
          continue;
        }
        const step = refreshCaseClock(c, c.limits ?? item, calendar, today, at);
        if (step) {
          await deps.cases.update({ ...step.after, nextCheckOn: nextDay(today) }, c.version, [step.event]);
          result.changed++;
        } else {
          await deps.cases.scheduleCheck(c, nextDay(today));
        }
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        result.conflicts++;
      }
    }
  }
  deps.log?.('deadline sweep', { ...result });
  return result;
}
