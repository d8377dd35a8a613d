import { z } from 'zod';
import { isIsoDate } from './day-number.js';

/** The earliest and latest date any route accepts or any record stores (inclusive). */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2100-12-31';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a string is not an acceptable calendar date, as an i18n key; undefined when it is one. */
export function calendarDateProblem(value: string): 'field.date.format' | 'field.date.invalid' | 'field.date.range' | undefined {
  if (!SHAPE.test(value)) return 'field.date.format';
  if (!isIsoDate(value)) return 'field.date.invalid';
  // Real `YYYY-MM-DD` dates sort as strings.
  if (value < DATE_MIN || value > DATE_MAX) return 'field.date.range';
  return undefined;
}

/** True for a real `YYYY-MM-DD` date from DATE_MIN to DATE_MAX. */
export const isCalendarDate = (value: string): boolean => calendarDateProblem(value) === undefined;

/**
 * The one calendar-date schema: a real date written `YYYY-MM-DD` (no 2027-02-30, no 2026-13-01)
 * from 1900-01-01 to 2100-12-31. One issue per value; messages are i18n keys.
 */
export const IsoDateSchema = z.string('field.date.format').superRefine((value, ctx) => {
  const problem = calendarDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
});
