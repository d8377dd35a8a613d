import { describe, expect, it } from 'vitest';
import { monthsBack, periodOf, periodProblems, presetPeriod } from '../../../../web/src/pages/county/dashboard/period.js';

describe('the dashboard period', () => {
  it('defaults to the last six months, from the first day of the month five months back', () => {
    expect(periodOf({}, '2026-12-02')).toEqual({ from: '2026-07-01', to: '2026-12-02' });
    expect(monthsBack('2026-02-15', 2)).toBe('2025-12-01');
  });

  it('reads ?from=&to= and falls back when they are not real dates or out of order', () => {
    expect(periodOf({ from: '2026-03-01', to: '2026-03-31' }, '2026-12-02')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(periodOf({ from: '2026-13-01', to: '2026-03-31' }, '2026-12-02').from).toBe('2026-07-01');
    expect(periodOf({ from: '2026-04-01', to: '2026-03-31' }, '2026-12-02')).toEqual({ from: '2026-07-01', to: '2026-12-02' });
  });

  it('offers this month and the last three months', () => {
    expect(presetPeriod('month', '2026-12-02')).toEqual({ from: '2026-12-01', to: '2026-12-02' });
    expect(presetPeriod('quarter', '2026-12-02')).toEqual({ from: '2026-10-01', to: '2026-12-02' });
  });

  it('says which field is wrong', () => {
    expect(periodProblems({ from: '2026-03-01', to: '2026-03-31' })).toEqual({});
    expect(periodProblems({ from: '', to: '2026-03-31' })).toEqual({ from: 'date' });
    expect(periodProblems({ from: '2026-03-01', to: 'x' })).toEqual({ to: 'date' });
    expect(periodProblems({ from: '2026-04-01', to: '2026-03-31' })).toEqual({ from: 'order' });
  });
});
