import { z } from 'zod';
import { parseEnv } from './parse-env.js';

/**
 * Environment of the table-stream consumer (notifications); the CDK construct imports the names
 * (STREAM_ENV). It needs the table for the outbox's claim and sent marker (idempotency).
 */
export const streamEnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().default('local'),
  /** Set for DynamoDB Local; unset in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Who sends: `aws` (SMS through SNS, e-mail through SES) in the stack, `log` (a masked log line) elsewhere. */
  NOTIFIER: z.enum(['aws', 'log']).default('log'),
  /** SMS sender id, where the destination country supports one. */
  SMS_SENDER_ID: z
    .string()
    .regex(/^[A-Za-z0-9]{1,11}$/)
    .optional(),
  /** Verified SES identity e-mails are sent from; without it e-mail messages fail (and reach the DLQ). */
  EMAIL_FROM: z.email().optional(),
});
export type StreamEnv = z.infer<typeof streamEnvSchema>;

/** Names of the variables, for the CDK construct. */
export const STREAM_ENV = streamEnvSchema.keyof().enum;

export const parseStreamEnv = (env: Record<string, string | undefined> = process.env): StreamEnv => parseEnv(streamEnvSchema, 'stream consumer', env);
