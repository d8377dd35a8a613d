import { z } from 'zod';
import { IsoDateSchema } from '../calendar/iso-date-schema.js';

/** 即办件 (decided on the spot, due the day of acceptance) or 承诺件 (due within the promised limit). */
export const CASE_TYPES = ['on_the_spot', 'promised'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** The largest limit, extension or threshold the clock accepts, in working days (about four years). */
export const MAX_WORKING_DAYS = 1000;

const WorkingDaysSchema = z.number().int().min(0).max(MAX_WORKING_DAYS);

/** A suspension (挂起): `end` is its last day, absent or null while it is still open. */
export const SuspensionSchema = z
  .object({
    start: IsoDateSchema,
    end: IsoDateSchema.nullish(),
    reason: z.string().min(1).max(100),
    note: z.string().max(500).optional(),
  })
  .refine((s) => !s.end || s.end >= s.start, { path: ['end'], message: 'field.suspension.endBeforeStart' });
export type Suspension = z.infer<typeof SuspensionSchema>;

/** An approved extension (延期), adding working days to both limits. */
export const ExtensionSchema = z.object({ workingDays: WorkingDaysSchema.min(1) });
export type Extension = z.infer<typeof ExtensionSchema>;

/** Everything the case clock needs besides the calendar. */
export const CaseClockInputSchema = z.object({
  /** The date of acceptance in China (see chinaDateOf); that day is not counted. */
  acceptedOn: IsoDateSchema,
  caseType: z.enum(CASE_TYPES),
  /** Promised limit (承诺时限); ignored for an on-the-spot case, which is due the same day. */
  promisedLimit: WorkingDaysSchema,
  /** Legal limit (法定时限). */
  legalLimit: WorkingDaysSchema,
  suspensions: z.array(SuspensionSchema).max(100).optional(),
  extensions: z.array(ExtensionSchema).max(20).optional(),
  /** The date the clock is read on; for a finished case, the date it finished. */
  today: IsoDateSchema,
  /** Yellow card at this many working days left or fewer (default 2). */
  warningThreshold: WorkingDaysSchema.optional(),
});
export type CaseClockInput = z.input<typeof CaseClockInputSchema>;
