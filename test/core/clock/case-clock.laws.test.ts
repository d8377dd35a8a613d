import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarYearDays } from '../../../functions/core/calendar/calendar-year.js';
import { isWeekend, toDayNumber, toIsoDate } from '../../../functions/core/calendar/day-number.js';
import { createWorkingCalendar, type WorkingCalendar } from '../../../functions/core/calendar/working-calendar.js';
import { addWorkingDays } from '../../../functions/core/clock/add-working-days.js';
import { computeCaseClock } from '../../../functions/core/clock/case-clock.js';
import type { CaseClockInput } from '../../../functions/core/clock/case-clock-input.js';
import { countWorkingDays } from '../../../functions/core/clock/count-working-days.js';
import { computeDueDate } from '../../../functions/core/clock/due-date.js';
import { isPaused, pausedRanges } from '../../../functions/core/clock/paused-ranges.js';
import { official } from '../../support/official-calendars.js';

const FIRST = toDayNumber('2025-10-01');
const LAST = toDayNumber('2027-03-31'); // 2027 has no data: the laws must hold there too

/** A made-up year: any days off, any weekend makeup days. The laws must hold for every calendar. */
const randomYear = (year: number): fc.Arbitrary<CalendarYearDays> =>
  fc
    .record({
      holidays: fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 40 }),
      makeup: fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 10 }),
    })
    .map(({ holidays, makeup }) => {
      const first = toDayNumber(`${year}-01-01`);
      const holidaySet = new Set(holidays);
      return {
        year,
        holidays: holidays.map((i) => toIsoDate(first + i)),
        makeupWorkdays: makeup.filter((i) => !holidaySet.has(i) && isWeekend(first + i)).map((i) => toIsoDate(first + i)),
      };
    });

const calendarArb: fc.Arbitrary<WorkingCalendar> = fc.oneof(
  fc.constant(official()),
  fc.tuple(randomYear(2025), randomYear(2026)).map((years) => createWorkingCalendar(years)),
);

const suspensionArb = (accepted: number) =>
  fc.record({ offset: fc.integer({ min: -5, max: 60 }), length: fc.integer({ min: 0, max: 20 }), open: fc.boolean() }).map(({ offset, length, open }) => ({
    start: toIsoDate(accepted + offset),
    ...(open ? {} : { end: toIsoDate(accepted + offset + length) }),
    reason: 'site_survey',
  }));

const inputArb: fc.Arbitrary<CaseClockInput> = fc.integer({ min: FIRST, max: LAST }).chain((accepted) =>
  fc.record({
    acceptedOn: fc.constant(toIsoDate(accepted)),
    caseType: fc.constantFrom('promised' as const, 'on_the_spot' as const),
    promisedLimit: fc.integer({ min: 0, max: 40 }),
    legalLimit: fc.integer({ min: 0, max: 60 }),
    suspensions: fc.array(suspensionArb(accepted), { maxLength: 3 }),
    extensions: fc.array(
      fc.integer({ min: 1, max: 15 }).map((workingDays) => ({ workingDays })),
      { maxLength: 2 },
    ),
    today: fc.integer({ min: -3, max: 120 }).map((offset) => toIsoDate(accepted + offset)),
  }),
);

const run = (predicate: (calendar: WorkingCalendar, input: CaseClockInput) => void) =>
  fc.assert(fc.property(calendarArb, inputArb, predicate), { numRuns: 300 });

const noExplain = { explain: false } as const;

describe('laws of the case clock', () => {
  it('adding a suspension never makes a due date earlier', () => {
    fc.assert(
      fc.property(
        calendarArb,
        inputArb.chain((input) => fc.tuple(fc.constant(input), suspensionArb(toDayNumber(input.acceptedOn)))),
        (calendar, [input, extra]) => {
          const before = computeCaseClock(input, calendar, noExplain);
          const after = computeCaseClock({ ...input, suspensions: [...(input.suspensions ?? []), extra] }, calendar, noExplain);
          expect(after.promisedDueDate >= before.promisedDueDate).toBe(true);
          expect(after.legalDueDate >= before.legalDueDate).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an extension by n moves each due date by exactly n counted working days', () => {
    fc.assert(
      fc.property(calendarArb, inputArb, fc.integer({ min: 1, max: 15 }), (calendar, input, n) => {
        const before = computeCaseClock(input, calendar, noExplain);
        const after = computeCaseClock({ ...input, extensions: [...(input.extensions ?? []), { workingDays: n }] }, calendar, noExplain);
        const paused = pausedRanges(input.suspensions ?? [], toDayNumber(input.today));
        const moved = (from: string, to: string) => countWorkingDays(calendar, toDayNumber(from), toDayNumber(to), paused);
        expect(moved(before.promisedDueDate, after.promisedDueDate)).toBe(n);
        expect(moved(before.legalDueDate, after.legalDueDate)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('every due date of a limit of one or more days is a working day that is not suspended', () => {
    run((calendar, input) => {
      const clock = computeCaseClock(input, calendar, noExplain);
      const paused = pausedRanges(input.suspensions ?? [], toDayNumber(input.today));
      for (const [limit, due] of [
        [clock.promisedLimit, clock.promisedDueDate],
        [clock.legalLimit, clock.legalDueDate],
      ] as const) {
        if (limit === 0) continue;
        expect(calendar.isWorkingDate(due)).toBe(true);
        expect(isPaused(paused, toDayNumber(due))).toBe(false);
      }
    });
  });

  it('a due date is strictly after acceptance for n ≥ 1, and the acceptance day on the spot', () => {
    run((calendar, input) => {
      const clock = computeCaseClock(input, calendar, noExplain);
      if (clock.promisedLimit >= 1) expect(clock.promisedDueDate > input.acceptedOn).toBe(true);
      if (clock.legalLimit >= 1) expect(clock.legalDueDate > input.acceptedOn).toBe(true);
      if (input.caseType === 'on_the_spot' && (input.extensions ?? []).length === 0) expect(clock.promisedDueDate).toBe(input.acceptedOn);
    });
  });

  it('working days used + left = limit while the case is not overdue', () => {
    run((calendar, input) => {
      const clock = computeCaseClock(input, calendar, noExplain);
      if (input.today <= clock.promisedDueDate) {
        expect(clock.workingDaysUsed + clock.workingDaysLeft).toBe(clock.promisedLimit);
        expect(clock.card === 'red' || clock.card === 'legal_breach').toBe(input.today > clock.legalDueDate);
      } else {
        expect(clock.card === 'red' || clock.card === 'legal_breach').toBe(true);
      }
    });
  });

  it('counting back the days added gives n again, and one day more ends strictly later', () => {
    fc.assert(
      fc.property(calendarArb, fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 80 }), (calendar, from, n) => {
        const due = addWorkingDays(calendar, from, n).day;
        expect(countWorkingDays(calendar, from, due)).toBe(n);
        expect(addWorkingDays(calendar, from, n + 1).day).toBeGreaterThan(due);
      }),
      { numRuns: 300 },
    );
  });

  it('computeDueDate agrees with the case clock of a case with no suspensions', () => {
    run((calendar, input) => {
      const clock = computeCaseClock({ ...input, caseType: 'promised', suspensions: [], extensions: [] }, calendar, noExplain);
      const due = computeDueDate(calendar, input.acceptedOn, input.promisedLimit);
      expect(due.dueDate).toBe(clock.promisedDueDate);
      expect(due.explanation.en).toMatch(/^Due /);
    });
  });

  it('a date is provisional exactly when a count reached 2027, the year without data', () => {
    run((calendar, input) => {
      const clock = computeCaseClock(input, calendar, noExplain);
      const counted = (limit: number, due: string) => limit > 0 && due >= '2027-01-01';
      expect(clock.provisional).toBe(counted(clock.promisedLimit, clock.promisedDueDate) || counted(clock.legalLimit, clock.legalDueDate));
      expect(clock.provisionalYears).toEqual(clock.provisional ? [2027] : []);
    });
  });
});
