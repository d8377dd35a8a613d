import { z } from 'zod';
import { parseEnv } from './parse-env.js';

/**
 * Environment of the table-stream consumer (notifications); the CDK construct imports the names
 * (STREAM_ENV). It needs the table only for its notification receipts (idempotency).
 */
export const streamEnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().default('local'),
  /** Set for DynamoDB Local; unset in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});
export type StreamEnv = z.infer<typeof streamEnvSchema>;

/** Names of the variables, for the CDK construct. */
export const STREAM_ENV = streamEnvSchema.keyof().enum;

export const parseStreamEnv = (env: Record<string, string | undefined> = process.env): StreamEnv =>
  parseEnv(streamEnvSchema, 'stream consumer', env);
