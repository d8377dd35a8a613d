import type { CalendarYearDays } from '../../functions/core/calendar/calendar-year.js';
import { toDayNumber, toIsoDate } from '../../functions/core/calendar/day-number.js';
import { createWorkingCalendar } from '../../functions/core/calendar/working-calendar.js';

/** Every date from `first` to `last`, both included. */
export function datesFrom(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let d = toDayNumber(first); d <= toDayNumber(last); d++) dates.push(toIsoDate(d));
  return dates;
}

/**
 * The State Council's 2025 calendar (国办发明电〔2024〕12号), typed by hand so that core tests do
 * not depend on the seed package.
 */
export const OFFICIAL_2025: CalendarYearDays = {
  year: 2025,
  holidays: [
    '2025-01-01',
    ...datesFrom('2025-01-28', '2025-02-04'),
    ...datesFrom('2025-04-04', '2025-04-06'),
    ...datesFrom('2025-05-01', '2025-05-05'),
    ...datesFrom('2025-05-31', '2025-06-02'),
    ...datesFrom('2025-10-01', '2025-10-08'),
  ],
  makeupWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

/** The 2026 calendar as DOMAIN.md gives it. */
export const OFFICIAL_2026: CalendarYearDays = {
  year: 2026,
  holidays: [
    ...datesFrom('2026-01-01', '2026-01-03'),
    ...datesFrom('2026-02-15', '2026-02-23'),
    ...datesFrom('2026-04-04', '2026-04-06'),
    ...datesFrom('2026-05-01', '2026-05-05'),
    ...datesFrom('2026-06-19', '2026-06-21'),
    ...datesFrom('2026-09-25', '2026-09-27'),
    ...datesFrom('2026-10-01', '2026-10-07'),
  ],
  makeupWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

/** 2025 and 2026 with data; every other year falls back to Monday–Friday. */
export const official = () => createWorkingCalendar([OFFICIAL_2025, OFFICIAL_2026]);
