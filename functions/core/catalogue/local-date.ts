import { z } from 'zod';

/**
 * A calendar date in China (`YYYY-MM-DD`). Effective dates and "submitted on" dates are dates, not
 * instants: a version effective from 2026-07-01 governs everything submitted that day, Beijing time.
 */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'field.date.format' })
  .refine(isRealDate, { message: 'field.date.invalid' });
export type LocalDate = z.infer<typeof LocalDateSchema>;

/** True when `YYYY-MM-DD` names a day that exists (no 2026-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The date in China at an instant; one implementation, kept with the calendar. */
export { chinaDateOf } from '../calendar/china-date.js';
