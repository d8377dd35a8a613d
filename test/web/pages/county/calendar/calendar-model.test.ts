import { describe, expect, it } from 'vitest';
import { applyMark, dayKind, monthWeeks, moveDate, startDate, type YearDays } from '../../../../../web/src/pages/county/calendar/calendar-model.js';

const days = (holidays: string[] = [], makeup: string[] = []): YearDays => ({ holidays: new Set(holidays), makeup: new Set(makeup) });

describe('calendar model', () => {
  it.each([
    ['2026-10-01', days(['2026-10-01']), 'holiday'],
    ['2026-10-10', days([], ['2026-10-10']), 'makeup'],
    ['2026-10-11', days(), 'weekend'],
    ['2026-10-12', days(), 'workday'],
  ] as const)('%s is a %s day', (date, year, kind) => {
    expect(dayKind(date, year)).toBe(kind);
  });

  it.each([
    ['a weekday becomes a holiday', days(), '2026-12-09', 'holiday', 'holiday'],
    ['a holiday clicked again is a workday again', days(['2026-12-09']), '2026-12-09', 'holiday', 'workday'],
    ['a weekend day becomes a makeup day', days(), '2026-12-12', 'makeup', 'makeup'],
    ['a makeup day clicked again is a weekend again', days([], ['2026-12-12']), '2026-12-12', 'makeup', 'weekend'],
    ['a makeup weekend day becomes a holiday, leaving the other list', days([], ['2026-12-12']), '2026-12-12', 'holiday', 'holiday'],
    ['“normal” clears a holiday', days(['2026-12-09']), '2026-12-09', 'normal', 'workday'],
  ] as const)('%s', (_, before, date, mode, kind) => {
    const result = applyMark(before, date, mode);
    expect(result).toMatchObject({ kind });
    if ('days' in result) expect(result.days.holidays.has(date) && result.days.makeup.has(date)).toBe(false);
  });

  it('refuses a makeup working day on a weekday, changing nothing', () => {
    const before = days(['2026-12-10']);
    expect(applyMark(before, '2026-12-10', 'makeup')).toEqual({ refused: 'makeupNotWeekend' });
    expect([...before.holidays]).toEqual(['2026-12-10']);
  });

  it('lays a month out in weeks from Monday', () => {
    const weeks = monthWeeks(2026, 2);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks.at(-1)).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(28);
  });

  it.each([
    ['2026-03-02', 'ArrowLeft', '2026-03-01'],
    ['2026-03-02', 'ArrowUp', '2026-02-23'],
    ['2026-03-04', 'Home', '2026-03-02'],
    ['2026-03-04', 'End', '2026-03-08'],
    ['2026-03-31', 'PageUp', '2026-02-28'],
    ['2026-01-31', 'PageDown', '2026-02-28'],
    ['2026-12-31', 'ArrowRight', '2026-12-31'],
    ['2026-01-01', 'PageUp', '2026-01-01'],
    ['2026-01-03', 'ArrowUp', '2026-01-01'],
    ['2026-03-02', 'Tab', undefined],
  ])('from %s, %s goes to %s', (date, key, expected) => {
    expect(moveDate(date, key, 2026)).toBe(expected);
  });

  it('starts on today within the year shown, else on 1 January', () => {
    expect(startDate(2026, '2026-11-22')).toBe('2026-11-22');
    expect(startDate(2027, '2026-11-22')).toBe('2027-01-01');
  });
});
