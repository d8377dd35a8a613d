import { z } from 'zod';
import { isIsoDate } from './day-number.js';

/** A real calendar date written `YYYY-MM-DD`; messages are i18n keys. */
export const IsoDateSchema = z
  .string('field.date.format')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'field.date.format')
  .refine(isIsoDate, 'field.date.invalid');
