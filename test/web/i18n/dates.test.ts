import { describe, expect, it } from 'vitest';
import { chinaDateOf, formatDocumentDate, formatInstant, formatLocalDate } from '../../../web/src/i18n/dates.js';

describe('the one date format of each language', () => {
  it.each([
    ['2026-12-23', 'zh-CN', '2026年12月23日（星期三）'],
    ['2026-12-23', 'en', 'Wed 23 Dec 2026'],
    ['2027-01-01', 'zh-CN', '2027年1月1日（星期五）'],
    ['2027-01-01', 'en', 'Fri 1 Jan 2027'],
  ] as const)('shows %s in %s as %s', (date, lang, expected) => {
    expect(formatLocalDate(date, lang)).toBe(expected);
  });

  it('leaves the weekday out on printed documents only', () => {
    expect(formatDocumentDate('2026-12-23', 'zh-CN')).toBe('2026年12月23日');
    expect(formatDocumentDate('2026-12-23', 'en')).toBe('23 Dec 2026');
  });

  it('shows an instant in China time, with the China date (23:30 UTC is the next morning in Beijing)', () => {
    expect(formatInstant('2026-12-22T23:30:00Z', 'zh-CN')).toBe('2026年12月23日（星期三）07:30');
    expect(formatInstant('2026-12-22T23:30:00Z', 'en')).toBe('Wed 23 Dec 2026, 07:30');
    expect(formatInstant('2026-12-23T02:05:00.000Z', 'en')).toBe('Wed 23 Dec 2026, 10:05');
    expect(chinaDateOf('2026-12-22T16:00:00Z')).toBe('2026-12-23');
  });

  it('gives back what is not a date rather than inventing one', () => {
    expect(formatLocalDate('soon', 'en')).toBe('soon');
    expect(formatInstant('not a time', 'zh-CN')).toBe('not a time');
  });
});
