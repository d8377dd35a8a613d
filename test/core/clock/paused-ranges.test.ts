import { describe, expect, it } from 'vitest';
import { toDayNumber as d } from '../../../functions/core/calendar/day-number.js';
import { isPaused, pausedRanges } from '../../../functions/core/clock/paused-ranges.js';

describe('pausedRanges', () => {
  const today = d('2026-03-20');

  it.each([
    ['a closed suspension, ends included', [{ start: '2026-03-10', end: '2026-03-12' }], [[d('2026-03-10'), d('2026-03-12')]]],
    ['a one-day suspension', [{ start: '2026-03-10', end: '2026-03-10' }], [[d('2026-03-10'), d('2026-03-10')]]],
    ['an open suspension runs to today', [{ start: '2026-03-10' }], [[d('2026-03-10'), today]]],
    ['an open suspension with end null', [{ start: '2026-03-10', end: null }], [[d('2026-03-10'), today]]],
    ['an open suspension not begun by today', [{ start: '2026-03-25' }], []],
    [
      'overlapping and touching ones merge, out of order',
      [
        { start: '2026-03-16', end: '2026-03-18' },
        { start: '2026-03-10', end: '2026-03-12' },
        { start: '2026-03-11', end: '2026-03-15' },
      ],
      [[d('2026-03-10'), d('2026-03-18')]],
    ],
    [
      'separate ones stay separate',
      [
        { start: '2026-03-02', end: '2026-03-03' },
        { start: '2026-03-05', end: '2026-03-06' },
      ],
      [
        [d('2026-03-02'), d('2026-03-03')],
        [d('2026-03-05'), d('2026-03-06')],
      ],
    ],
  ])('%s', (_name, suspensions, expected) => {
    expect(pausedRanges(suspensions, today)).toEqual(expected);
  });

  it('tells whether a day is paused', () => {
    const ranges = pausedRanges(
      [
        { start: '2026-03-02', end: '2026-03-03' },
        { start: '2026-03-05', end: '2026-03-06' },
      ],
      today,
    );
    expect([1, 2, 3, 4, 5, 6, 7].map((day) => isPaused(ranges, d(`2026-03-0${day}`)))).toEqual([false, true, true, false, true, true, false]);
  });
});
