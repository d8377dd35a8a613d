import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { createDynamoNotificationReceipts } from '../adapters/dynamodb/notification-receipts.js';
import { createLogNotifier } from '../adapters/log-notifier.js';
import { parseStreamEnv } from '../config/stream-env.js';
import { createLogger } from '../http/logger.js';
import { lambdaHandler } from '../middy/lambda-handler.js';
import { processStreamRecords } from './process-stream-records.js';

// Built once per cold start: config is validated here, the client is reused across invocations.
const config = parseStreamEnv();
const logger = createLogger(config.LOG_LEVEL, { service: 'stream' });
const db = createDocumentClient({
  region: config.AWS_REGION,
  ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
});
const receipts = createDynamoNotificationReceipts(db, config.TABLE_NAME);

/** DynamoDB stream → notifications for new case events, with partial batch failure reporting. */
export const handler = lambdaHandler<DynamoDBStreamEvent, DynamoDBBatchResponse, typeof config>(
  { config, logger },
  (event, context) =>
    processStreamRecords(event.Records, {
      notifier: createLogNotifier(context.logger),
      receipts,
      logger: context.logger,
    }),
);
