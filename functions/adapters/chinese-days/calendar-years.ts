// The package's documented JSON data, not its date functions: those parse 'YYYY-MM-DD' as UTC
// but format in local time, so in a zone west of UTC every date comes out a day early.
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import pkg from 'chinese-days/package.json' with { type: 'json' };
import type { CalendarYearData } from '../../core/calendar/calendar-year.js';

/** Where the seeded years come from, e.g. `chinese-days@1.5.7`. */
export const CHINESE_DAYS_SOURCE = `chinese-days@${pkg.version}`;

/** The package's date maps: date → "English name,中文名,days". */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/**
 * Every year the chinese-days package knows, as calendar data: its `holidays` are the days off
 * (weekends inside a holiday period included) and its `workdays` the weekend makeup days (调休).
 * A year counts as known when it has at least one holiday.
 */
export function chineseDaysCalendarYears(updatedAt: string): CalendarYearData[] {
  const { holidays, workdays } = data as ChineseDaysData;
  const byYear = new Map<number, { holidays: string[]; makeupWorkdays: string[] }>();
  const yearOf = (date: string) => {
    const year = Number(date.slice(0, 4));
    let entry = byYear.get(year);
    if (!entry) byYear.set(year, (entry = { holidays: [], makeupWorkdays: [] }));
    return entry;
  };
  for (const date of Object.keys(holidays)) yearOf(date).holidays.push(date);
  for (const date of Object.keys(workdays)) yearOf(date).makeupWorkdays.push(date);
  return [...byYear.entries()]
    .filter(([, lists]) => lists.holidays.length > 0)
    .sort(([a], [b]) => a - b)
    .map(([year, lists]) => ({
      year,
      holidays: lists.holidays.sort(),
      makeupWorkdays: lists.makeupWorkdays.sort(),
      source: CHINESE_DAYS_SOURCE,
      updatedAt,
    }));
}
