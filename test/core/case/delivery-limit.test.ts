import { describe, expect, it } from 'vitest';
import { deliveryLimitOf } from '../../../functions/core/case/delivery-limit.js';
import { official } from '../../support/official-calendars.js';

describe('the §44 delivery limit as lists show it', () => {
  const calendar = official();
  // Decided on Monday 2 March 2026: 10 working days, due Monday 16 March.
  const decided = { state: 'decided' as const, deliveryDueOn: '2026-03-16' };

  it.each([
    ['the decision day', '2026-03-02', 10, 'none'],
    ['three working days before', '2026-03-11', 3, 'none'],
    ['two working days before (the warning threshold)', '2026-03-12', 2, 'yellow'],
    ['the weekend before, Friday and Monday still left', '2026-03-14', 1, 'yellow'],
    ['the due day itself', '2026-03-16', 0, 'yellow'],
    ['the day after', '2026-03-17', 0, 'red'],
  ] as const)('%s (%s): %i working days left, %s', (_when, today, left, card) => {
    expect(deliveryLimitOf(decided, calendar, today, 2)).toEqual({ dueOn: '2026-03-16', workingDaysLeft: left, card });
  });

  it('counts on the working-day calendar: the Spring Festival holiday does not count, its makeup Saturday does', () => {
    // Due Friday 27 February: left after Friday 13 are Sat 14 (makeup), then 24–27 after the holiday of 15–23.
    const c = { state: 'decided' as const, deliveryDueOn: '2026-02-27' };
    expect(deliveryLimitOf(c, calendar, '2026-02-13', 2)).toMatchObject({ workingDaysLeft: 5, card: 'none' });
    expect(deliveryLimitOf(c, calendar, '2026-02-18', 4)).toMatchObject({ workingDaysLeft: 4, card: 'yellow' });
  });

  it('is gone once the result is out', () => {
    expect(deliveryLimitOf({ state: 'completed', deliveryDueOn: '2026-03-16' }, calendar, '2026-03-20', 2)).toBeUndefined();
    expect(deliveryLimitOf({ state: 'decided' }, calendar, '2026-03-20', 2)).toBeUndefined();
  });
});
