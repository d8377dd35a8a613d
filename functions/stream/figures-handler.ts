import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { composeStreamStatsDeps } from '../compose.js';
import { parseFiguresEnv } from '../config/figures-env.js';
import { createLogger } from '../http/logger.js';
import { lambdaHandler } from '../middy/lambda-handler.js';
import { processStreamRecords } from './process-stream-records.js';

// Built once per cold start: config is validated here, the clients are reused across invocations.
const config = parseFiguresEnv();
const logger = createLogger(config.LOG_LEVEL, { service: 'figures' });
const db = createDocumentClient({
  region: config.AWS_REGION,
  ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
});
const statistics = composeStreamStatsDeps({ db, tableName: config.TABLE_NAME });

/** DynamoDB stream → the county's figures (case snapshots counted once per version), with partial batch failure reporting. */
export const handler = lambdaHandler<DynamoDBStreamEvent, DynamoDBBatchResponse, typeof config>({ config, logger }, (event, context) =>
  processStreamRecords(event.Records, { logger: context.logger, statistics }),
);
