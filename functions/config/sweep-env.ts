import { z } from 'zod';
import { parseEnv } from './parse-env.js';

/** Environment of the deadline-sweep function; the CDK construct imports the names (SWEEP_ENV). */
export const sweepEnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().default('local'),
  /** Set for DynamoDB Local; unset in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** The public site's origin, as the lookup link in applicants' SMS (keep it short: one SMS is 70 Chinese characters). */
  SITE_URL: z.url().optional(),
});
export type SweepEnv = z.infer<typeof sweepEnvSchema>;

/** Names of the variables, for the CDK construct. */
export const SWEEP_ENV = sweepEnvSchema.keyof().enum;

export const parseSweepEnv = (env: Record<string, string | undefined> = process.env): SweepEnv => parseEnv(sweepEnvSchema, 'deadline sweep', env);
