import { describe, expect, it } from 'vitest';
import { cardFor } from '../../../functions/core/clock/card.js';

describe('cardFor', () => {
  it.each([
    [10, 20, 30, 5, 2, 'none'],
    [10, 20, 30, 3, 2, 'none'],
    [10, 20, 30, 2, 2, 'yellow'],
    [20, 20, 30, 0, 2, 'yellow'],
    [21, 20, 30, 0, 2, 'red'],
    [30, 20, 30, 0, 2, 'red'],
    [31, 20, 30, 0, 2, 'legal_breach'],
    [10, 20, 30, 2, 0, 'none'],
    [10, 20, 30, 0, 0, 'yellow'],
    // A legal date before the promised one (bad item data) still reports the breach first.
    [16, 20, 15, 1, 2, 'legal_breach'],
  ])('today %i, promised due %i, legal due %i, %i left, threshold %i → %s', (today, promisedDue, legalDue, left, threshold, card) => {
    expect(cardFor({ today, promisedDue, legalDue, workingDaysLeft: left, warningThreshold: threshold })).toBe(card);
  });
});
