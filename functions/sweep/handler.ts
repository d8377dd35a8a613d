import type { ScheduledEvent } from 'aws-lambda';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { parseSweepEnv } from '../config/sweep-env.js';
import { createLogger } from '../http/logger.js';
import { lambdaHandler } from '../middy/lambda-handler.js';
import { sweepDeadlines, type SweepResult } from '../use-cases/sweep-deadlines.js';

// Built once per cold start: config is validated here, the client is reused across invocations.
const config = parseSweepEnv();
const logger = createLogger(config.LOG_LEVEL, { service: 'sweep' });
const db = createDocumentClient({
  region: config.AWS_REGION,
  ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
});

/** Scheduled every 15 minutes: raises yellow/red cards on open cases whose deadlines near or pass. */
export const handler = lambdaHandler<ScheduledEvent, SweepResult, typeof config>({ config, logger }, async (_event, context) => {
  const result = await sweepDeadlines({ db, tableName: context.config.TABLE_NAME, now: new Date(), logger: context.logger });
  context.logger.info('deadline sweep finished', { ...result });
  return result;
});
