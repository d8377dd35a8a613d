import { describe, expect, it } from 'vitest';
import { addDays, chinaToday, formatDay, formatMoment } from '../../../../web/src/pages/counter/dates.js';

describe('counter dates', () => {
  it.each([
    ['2026-03-01T15:59:00Z', '2026-03-01'],
    ['2026-03-01T16:00:00Z', '2026-03-02'],
  ])('takes the China date of %s', (iso, date) => {
    expect(chinaToday(new Date(iso))).toBe(date);
  });

  it.each([
    ['zh-CN', {}, '2026年3月9日（星期一）'],
    ['zh-CN', { short: true }, '2026年3月9日（星期一）'],
    ['zh-CN', { weekday: false }, '2026年3月9日'],
    ['en', {}, 'Mon 9 Mar 2026'],
    ['en', { weekday: false }, '9 Mar 2026'],
  ] as const)('formats a day in %s %j', (lang, options, expected) => {
    expect(formatDay('2026-03-09', lang, options)).toBe(expected);
  });

  it('formats an instant in China time, to the minute', () => {
    expect(formatMoment('2026-03-02T02:05:00Z', 'zh-CN')).toBe('2026年3月2日（星期一）10:05');
  });

  it('adds calendar days across a month end', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
  });
});
