import { describe, expect, it } from 'vitest';
import { toDayNumber as d } from '../../../functions/core/calendar/day-number.js';
import { countWorkingDays } from '../../../functions/core/clock/count-working-days.js';
import { pausedRanges } from '../../../functions/core/clock/paused-ranges.js';
import { official } from '../../support/official-calendars.js';

describe('countWorkingDays', () => {
  const calendar = official();

  it.each([
    ['2026-02-13', '2026-02-27', 5],
    ['2026-02-13', '2026-02-28', 6],
    ['2026-02-14', '2026-02-23', 0], // only the holiday
    ['2026-09-30', '2026-10-10', 3],
    ['2026-03-02', '2026-03-02', 0],
    ['2026-03-02', '2026-03-01', 0],
    ['2025-12-31', '2026-01-04', 1],
  ])('(%s, %s] holds %i working days', (from, to, n) => {
    expect(countWorkingDays(calendar, d(from), d(to))).toBe(n);
  });

  it('leaves paused days out', () => {
    const paused = pausedRanges([{ start: '2026-03-10', end: '2026-03-12' }], d('2026-04-01'));
    expect(countWorkingDays(calendar, d('2026-03-02'), d('2026-03-13'), paused)).toBe(6);
    expect(countWorkingDays(calendar, d('2026-03-02'), d('2026-03-13'))).toBe(9);
  });
});
