import { describe, expect, it } from 'vitest';
import { CHINESE_DAYS_SOURCE, chineseDaysCalendarYears } from '../../../functions/adapters/chinese-days/calendar-years.js';
import { CalendarYearDataSchema } from '../../../functions/core/calendar/calendar-year.js';
import { datesFrom } from '../../support/official-calendars.js';

describe('calendar years from chinese-days', () => {
  const years = chineseDaysCalendarYears('2026-01-01T00:00:00.000Z');
  const year = (n: number) => years.find((y) => y.year === n);

  it('matches the 2026 calendar in DOMAIN.md exactly', () => {
    expect(year(2026)?.holidays).toEqual([
      ...datesFrom('2026-01-01', '2026-01-03'),
      ...datesFrom('2026-02-15', '2026-02-23'),
      ...datesFrom('2026-04-04', '2026-04-06'),
      ...datesFrom('2026-05-01', '2026-05-05'),
      ...datesFrom('2026-06-19', '2026-06-21'),
      ...datesFrom('2026-09-25', '2026-09-27'),
      ...datesFrom('2026-10-01', '2026-10-07'),
    ]);
    // Sun 4 Jan, Sat 14 Feb, Sat 28 Feb, Sat 9 May, Sun 20 Sep, Sat 10 Oct
    expect(year(2026)?.makeupWorkdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('matches the official 2025 calendar exactly', () => {
    expect(year(2025)?.holidays).toEqual([
      '2025-01-01',
      ...datesFrom('2025-01-28', '2025-02-04'),
      ...datesFrom('2025-04-04', '2025-04-06'),
      ...datesFrom('2025-05-01', '2025-05-05'),
      ...datesFrom('2025-05-31', '2025-06-02'),
      ...datesFrom('2025-10-01', '2025-10-08'),
    ]);
    // Sun 26 Jan, Sat 8 Feb, Sun 27 Apr, Sun 28 Sep, Sat 11 Oct
    expect(year(2025)?.makeupWorkdays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
  });

  it('knows the years up to 2026 and labels them with the package version', () => {
    expect(years[0]?.year).toBe(2004);
    expect(years.map((y) => y.year)).toContain(2026);
    expect(year(2026)?.source).toBe(CHINESE_DAYS_SOURCE);
    expect(CHINESE_DAYS_SOURCE).toMatch(/^chinese-days@\d+\.\d+\.\d+$/);
    expect(year(2026)?.updatedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('has no 2027 yet (the State Council publishes it late in 2026), so 2027 stays provisional', () => {
    // When a package update brings 2027, this fails as a reminder to check it against the notice.
    expect(year(2027)).toBeUndefined();
  });

  it('gives only years that pass the calendar rules', () => {
    for (const y of years) expect(CalendarYearDataSchema.safeParse(y).error?.issues ?? []).toEqual([]);
  });
});
