import { refreshAnswerDue, refreshCaseClock } from '../../core/case/case-clock-view.js';
import { chinaDateOf as chinaDate } from '../../core/calendar/china-date.js';
import { intakeClockFrom } from '../../core/case/intake-clock.js';
import { ConflictError } from '../../core/errors.js';
import type { SweepDeps } from './sweep-deadlines.js';

/** Far enough ahead to read every running case from the deadline index. */
const ALL = '9999-12-31';

/**
 * After a calendar year is loaded or changed: recomputes the due dates of every running case in
 * every county, storing and recording a change on each case whose dates moved. Returns how many
 * moved. A case changed concurrently is retried once with its fresh version.
 */
export async function recomputeDueDates(deps: Omit<SweepDeps, 'log'>): Promise<{ checked: number; moved: number }> {
  const now = deps.now();
  const at = now.toISOString();
  const today = chinaDate(now);
  const calendar = await deps.calendar();
  const clock = intakeClockFrom(calendar);
  let checked = 0;
  let moved = 0;
  for (const countyId of await deps.countyIds()) {
    for (const listed of await deps.cases.listDueForCheck(countyId, ALL, 10_000)) {
      checked++;
      for (let attempt = 0; attempt < 2; attempt++) {
        const c = attempt === 0 ? listed : await deps.cases.get(listed.caseId);
        if (!c) break;
        try {
          if (c.state === 'submitted') {
            // The counter's answer limit counts working days too.
            const step = refreshAnswerDue(c, clock, at);
            if (step) {
              await deps.cases.update(step.after, c.version, [step.event]);
              moved++;
            }
            break;
          }
          const item = await deps.catalogue.itemForCase(c.itemCode, c.itemVersion, c.townshipId, c.variantAnswers);
          const step = refreshCaseClock(c, item, calendar, today, at);
          if (step?.event.action === 'due_dates_changed') {
            await deps.cases.update(step.after, c.version, [step.event]);
            moved++;
          }
          break;
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
        }
      }
    }
  }
  return { checked, moved };
}
