import { describe, expect, it } from 'vitest';
import { calendarHorizon } from '../../../functions/core/clock/calendar-horizon.js';

describe('calendarHorizon', () => {
  it.each([
    ['2026-12-01', 40, [], { from: 2026, to: 2028 }],
    ['2026-03-02', 0, [], { from: 2026, to: 2027 }],
    ['2026-03-02', 450, [], { from: 2026, to: 2030 }],
    ['2026-03-02', 20, ['2027-05-01', '2026-04-01'], { from: 2026, to: 2029 }],
  ])('from %s, %i working days, later dates %j → %j', (from, workingDays, later, expected) => {
    expect(calendarHorizon(from, workingDays, later)).toEqual(expected);
  });
});
