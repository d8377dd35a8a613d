import { z } from 'zod';
import { IsoDateSchema, isCalendarDate } from '../calendar/iso-date-schema.js';

/**
 * A calendar date in China (`YYYY-MM-DD`). Effective dates and "submitted on" dates are dates, not
 * instants: a version effective from 2026-07-01 governs everything submitted that day, Beijing time.
 */
export const LocalDateSchema = IsoDateSchema;
export type LocalDate = z.infer<typeof LocalDateSchema>;

/** True when `YYYY-MM-DD` names a day that exists (no 2026-02-30) within the accepted range. */
export const isRealDate = isCalendarDate;

/** The date in China at an instant; one implementation, kept with the calendar. */
export { chinaDateOf } from '../calendar/china-date.js';
