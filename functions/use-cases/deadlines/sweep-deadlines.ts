import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { Case, CaseLimits } from '../../core/case/case.js';
import { SYSTEM_ACTOR } from '../../core/case/case-access.js';
import { limitsOf, refreshCaseClock } from '../../core/case/case-clock-view.js';
import type { CaseEvent } from '../../core/case/case-event.js';
import { limitsToFlag, nextCheckOf } from '../../core/case/case-limits.js';
import { chinaDateOf as chinaDate } from '../../core/calendar/china-date.js';
import { intakeClockFrom } from '../../core/case/intake-clock.js';
import type { IntakeItem } from '../../core/case/intake-item.js';
import { deemAcceptedStep } from '../../core/case/intake-steps.js';
import { transition } from '../../core/case/transition.js';
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
  /** Card changes recorded (card_changed, or due dates that moved). */
  cards: number;
  /** Step limits recorded overdue (limit_flagged). */
  flagged: number;
  conflicts: number;
}

/** Cases handled per county per run; the schedule runs every 15 minutes, so a backlog drains quickly. */
const BATCH = 500;

/**
 * The deadline sweep. It reads only the sparse deadline index (cases whose next check is due
 * today or earlier), so its cost follows what is near a limit, not the size of the table. For
 * each case: an application the counter left unanswered past the 5-working-day limit is deemed
 * accepted; a running clock's card (yellow / red / legal breach) is brought up to date; every step
 * limit now overdue (pre-review, 容缺 material, §43 forwarding, suspension's expected end, §44
 * delivery, rectification and supervision replies) is recorded once. Then the case's next check is
 * set to the earliest day something can change again. Changes are conditional writes on the case
 * version, so a second run, or two at once, record nothing twice. Item versions and the calendar are
 * loaded once per run.
 */
export async function sweepDeadlines(deps: SweepDeps): Promise<SweepResult> {
  const now = deps.now();
  const at = now.toISOString();
  const today = chinaDate(now);
  const calendar = await deps.calendar();
  const clock = intakeClockFrom(calendar);
  const result: SweepResult = { scanned: 0, changed: 0, deemedAccepted: 0, cards: 0, flagged: 0, conflicts: 0 };
  const items = new Map<string, Promise<IntakeItem>>();
  const itemFor = (c: Case) => {
    const key = `${c.itemCode}@${c.itemVersion}@${c.townshipId}@${JSON.stringify(c.variantAnswers)}`;
    if (!items.has(key)) items.set(key, deps.catalogue.itemForCase(c.itemCode, c.itemVersion, c.townshipId, c.variantAnswers));
    return items.get(key)!;
  };
  const limitsFor = async (c: Case): Promise<CaseLimits | undefined> => (c.acceptedOn ? (c.limits ?? limitsOf(await itemFor(c))) : undefined);

  for (const countyId of await deps.countyIds()) {
    for (const listed of await deps.cases.listDueForCheck(countyId, today, BATCH)) {
      result.scanned++;
      try {
        const events: CaseEvent[] = [];
        let c = listed;
        if (c.state === 'submitted' && today > c.answerDueOn) {
          const step = deemAcceptedStep(c, await itemFor(c), at, clock);
          c = step.after;
          events.push(step.event);
          result.deemedAccepted++;
        }
        const limits = await limitsFor(c);
        // A paused clock moves nothing until it resumes; its expected end is a step limit.
        if (limits && (c.state === 'under_review' || c.state === 'forwarded')) {
          const refreshed = refreshCaseClock(c, limits, calendar, today, at);
          if (refreshed) {
            c = refreshed.after;
            events.push(refreshed.event);
            result.cards++;
          }
        }
        // Limits the case had when read count too (a pre-review overdue on a case deemed accepted now).
        const overdue = [...limitsToFlag(listed, calendar, today), ...limitsToFlag(c, calendar, today)].filter(
          (l, i, all) => all.findIndex((o) => o.key === l.key) === i,
        );
        if (overdue.length) {
          const step = transition(c, 'limit_flagged', SYSTEM_ACTOR, at, {
            patch: { flaggedLimits: [...(c.flaggedLimits ?? []), ...overdue.map((l) => l.key)] },
            details: { data: { limits: overdue.map((l) => ({ kind: l.kind, key: l.key, dueOn: l.dueOn })) } },
          });
          c = step.after;
          events.push(step.event);
          result.flagged += overdue.length;
        }
        const next = nextCheckOf(c, limits, calendar, today);
        if (events.length) {
          const { nextCheckOn: _old, ...rest } = c;
          await deps.cases.update({ ...rest, ...(next ? { nextCheckOn: next } : {}) } as Case, listed.version, events);
          result.changed++;
        } else {
          await deps.cases.scheduleCheck(listed, next);
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
