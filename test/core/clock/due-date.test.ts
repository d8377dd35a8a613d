import { describe, expect, it } from 'vitest';
import { computeDueDate } from '../../../functions/core/clock/due-date.js';
import { official } from '../../support/official-calendars.js';

describe('computeDueDate', () => {
  const calendar = official();

  it('explains the Spring Festival example in both languages', () => {
    const result = computeDueDate(calendar, '2026-02-13', 5);
    expect(result).toMatchObject({ acceptedOn: '2026-02-13', workingDays: 5, dueDate: '2026-02-27', provisional: false, provisionalYears: [] });
    expect(result.explanation.parts).toEqual([
      { kind: 'due', dueDate: '2026-02-27' },
      { kind: 'count', workingDays: 5, acceptedOn: '2026-02-13' },
      { kind: 'makeup', date: '2026-02-14' },
      { kind: 'holiday', start: '2026-02-15', end: '2026-02-23' },
    ]);
    expect(result.explanation.en).toBe(
      'Due 27 Feb 2026: 5 working days from acceptance on 13 Feb 2026 (the day of acceptance is not counted); ' +
        'Sat 14 Feb 2026 is a working day (makeup day); 15–23 Feb 2026 public holiday.',
    );
    expect(result.explanation['zh-CN']).toBe(
      '2026年2月27日到期：自2026年2月13日受理次日起计5个工作日；2026年2月14日（星期六）调休上班；2026年2月15日至23日法定节假日放假。',
    );
  });

  it('lists a whole holiday period even when the count starts inside it', () => {
    const result = computeDueDate(calendar, '2026-04-05', 1);
    expect(result.dueDate).toBe('2026-04-07');
    expect(result.explanation.parts).toContainEqual({ kind: 'holiday', start: '2026-04-04', end: '2026-04-06' });
  });

  it('leaves out a holiday that fell on a weekend only', () => {
    // Dragon Boat 2026 is Fri 19 – Sun 21 Jun; from Fri 19 Jun the span holds only its weekend days.
    const parts = computeDueDate(calendar, '2026-06-19', 1).explanation.parts;
    expect(parts.filter((p) => p.kind === 'holiday')).toEqual([]);
  });

  it('is the acceptance day for 0 working days, and says so', () => {
    const result = computeDueDate(calendar, '2026-03-02', 0);
    expect(result.dueDate).toBe('2026-03-02');
    expect(result.explanation.en).toBe('Due 2 Mar 2026: decided on the spot, due the day of acceptance (2 Mar 2026).');
  });

  it('marks a date counted through a year with no calendar as provisional, and says why', () => {
    const result = computeDueDate(calendar, '2026-12-01', 40);
    expect(result).toMatchObject({ dueDate: '2027-01-26', provisional: true, provisionalYears: [2027] });
    expect(result.explanation.en).toContain('provisional: no official calendar yet for 2027');
    expect(result.explanation['zh-CN']).toContain('暂定：2027年节假日安排尚未公布');
  });

  it('writes a holiday across two months and one working day in the singular', () => {
    const result = computeDueDate(calendar, '2025-01-27', 1);
    expect(result.dueDate).toBe('2025-02-05');
    expect(result.explanation.en).toContain('1 working day from acceptance');
    expect(result.explanation.en).toContain('28 Jan–4 Feb 2025 public holiday');
    expect(result.explanation['zh-CN']).toContain('2025年1月28日至2月4日法定节假日放假');
  });
});
