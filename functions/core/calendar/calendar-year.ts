import { z } from 'zod';
import { ValidationError, type FieldIssue } from '../errors.js';
import { isIsoDate, isWeekend, toDayNumber, type IsoDate } from './day-number.js';
import { IsoDateSchema } from './iso-date-schema.js';

/** Years a calendar may be kept for. */
export const CALENDAR_YEAR_MIN = 2000;
export const CALENDAR_YEAR_MAX = 2100;

/** A year number an administrator may maintain a calendar for. */
export const CalendarYearNumberSchema = z
  .number('field.calendar.year')
  .int('field.calendar.year')
  .min(CALENDAR_YEAR_MIN, 'field.calendar.year')
  .max(CALENDAR_YEAR_MAX, 'field.calendar.year');

/** The two lists that make up a year's official calendar. */
export interface CalendarYearDays {
  year: number;
  /** Every day off in an official holiday period, weekends within it included. */
  holidays: IsoDate[];
  /** Weekend days that are working days (调休 makeup days). */
  makeupWorkdays: IsoDate[];
}

/** A year's official working-day calendar as kept by the administrator. */
export interface CalendarYearData extends CalendarYearDays {
  /** Where the lists came from: a State Council notice, `chinese-days@1.5.7`, … */
  source: string;
  /** ISO instant of the last change. */
  updatedAt: string;
}

const DatesSchema = z.array(IsoDateSchema).max(366, 'field.calendar.tooManyDates');

/** Shape and rules of a year's lists: dates in that year, unique, not in both lists, makeup days on weekends. */
export const CalendarYearDaysSchema = z
  .object({
    year: CalendarYearNumberSchema,
    holidays: DatesSchema.min(1, 'field.calendar.noHolidays'),
    makeupWorkdays: DatesSchema,
  })
  .superRefine((value, ctx) => {
    for (const issue of calendarRuleIssues(value)) ctx.addIssue({ code: 'custom', ...issue });
  });

/** Full year data, as stored. */
export const CalendarYearDataSchema = CalendarYearDaysSchema.and(z.object({ source: z.string().min(1).max(200), updatedAt: z.string().min(1) }));

interface RuleIssue {
  path: (string | number)[];
  message: string;
  params?: Record<string, string | number>;
}

/** The cross-field rules. Zod runs them even when a date failed its format check, so malformed dates are skipped here. */
function calendarRuleIssues({ year, holidays, makeupWorkdays }: CalendarYearDays): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const prefix = `${year}-`;
  const check = (list: 'holidays' | 'makeupWorkdays', dates: IsoDate[]) => {
    const seen = new Set<string>();
    dates.forEach((date, index) => {
      if (!isIsoDate(date)) return;
      const path = [list, index];
      if (!date.startsWith(prefix)) issues.push({ path, message: 'field.calendar.notInYear', params: { date, year } });
      if (seen.has(date)) issues.push({ path, message: 'field.calendar.duplicate', params: { date } });
      seen.add(date);
    });
  };
  check('holidays', holidays);
  check('makeupWorkdays', makeupWorkdays);
  const holidaySet = new Set(holidays);
  makeupWorkdays.forEach((date, index) => {
    if (!isIsoDate(date)) return;
    const path = ['makeupWorkdays', index];
    if (holidaySet.has(date)) issues.push({ path, message: 'field.calendar.inBothLists', params: { date } });
    if (!isWeekend(toDayNumber(date))) issues.push({ path, message: 'field.calendar.makeupNotWeekend', params: { date } });
  });
  return issues;
}

/**
 * Checks a year's lists and returns them normalised (sorted); throws a ValidationError whose
 * issues name each offending entry (`holidays.3`) with an i18n key.
 */
export function validateCalendarYearDays(input: CalendarYearDays): CalendarYearDays {
  const result = CalendarYearDaysSchema.safeParse(input);
  if (!result.success) {
    const issues: FieldIssue[] = result.error.issues.map((issue) => {
      const params = (issue as { params?: Record<string, string | number> }).params;
      return { path: issue.path.map(String).join('.') || '(body)', message: issue.message, ...(params ? { params } : {}) };
    });
    throw new ValidationError(issues);
  }
  const { year, holidays, makeupWorkdays } = result.data;
  return { year, holidays: [...holidays].sort(), makeupWorkdays: [...makeupWorkdays].sort() };
}
