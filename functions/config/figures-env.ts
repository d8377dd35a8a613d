import { z } from 'zod';
import { parseEnv } from './parse-env.js';

/** Environment of the table-stream consumer that keeps the county's figures; the CDK construct imports the names (FIGURES_ENV). */
export const figuresEnvSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().default('local'),
  /** Set for DynamoDB Local; unset in AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});
export type FiguresEnv = z.infer<typeof figuresEnvSchema>;

export const FIGURES_ENV = figuresEnvSchema.keyof().enum;

export const parseFiguresEnv = (env: Record<string, string | undefined> = process.env): FiguresEnv => parseEnv(figuresEnvSchema, 'figures consumer', env);
