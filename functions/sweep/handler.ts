import type { ScheduledEvent } from 'aws-lambda';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { composeDeadlineDeps } from '../compose.js';
import { parseSweepEnv } from '../config/sweep-env.js';
import { createLogger } from '../http/logger.js';
import { lambdaHandler } from '../middy/lambda-handler.js';
import { sweepDeadlines, type SweepResult } from '../use-cases/deadlines/sweep-deadlines.js';

// Built once per cold start: config is validated here, the client is reused across invocations.
const config = parseSweepEnv();
const logger = createLogger(config.LOG_LEVEL, { service: 'sweep' });
const db = createDocumentClient({
  region: config.AWS_REGION,
  ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
});
const deps = composeDeadlineDeps({ db, tableName: config.TABLE_NAME, ...(config.SITE_URL ? { siteUrl: config.SITE_URL } : {}) });

/**
 * Scheduled every 15 minutes: deems accepted the applications the counter left unanswered past
 * the legal limit, and raises yellow / red / legal-breach cards on accepted cases.
 */
export const handler = lambdaHandler<ScheduledEvent, SweepResult, typeof config>({ config, logger }, async (_event, context) => {
  const result = await sweepDeadlines(deps);
  context.logger.info('deadline sweep finished', { ...result });
  return result;
});
