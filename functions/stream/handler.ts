import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { createSesEmailNotifier } from '../adapters/aws/ses-email-notifier.js';
import { createSnsSmsNotifier } from '../adapters/aws/sns-sms-notifier.js';
import { createChannelNotifier } from '../adapters/channel-notifier.js';
import { createDocumentClient } from '../adapters/dynamodb/client.js';
import { createDynamoOutbox } from '../adapters/dynamodb/outbox-store.js';
import { createLogNotifier } from '../adapters/log-notifier.js';
import { parseStreamEnv } from '../config/stream-env.js';
import { createLogger } from '../http/logger.js';
import { lambdaHandler } from '../middy/lambda-handler.js';
import type { Notifier } from '../ports/notifier.js';
import { processStreamRecords } from './process-stream-records.js';

// Built once per cold start: config is validated here, the clients are reused across invocations.
const config = parseStreamEnv();
const logger = createLogger(config.LOG_LEVEL, { service: 'stream' });
const db = createDocumentClient({
  region: config.AWS_REGION,
  ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
});
const outbox = createDynamoOutbox(db, config.TABLE_NAME);
const awsNotifier: Notifier | undefined =
  config.NOTIFIER === 'aws'
    ? createChannelNotifier({
        sms: createSnsSmsNotifier(new SNSClient({ region: config.AWS_REGION }), config.SMS_SENDER_ID ? { senderId: config.SMS_SENDER_ID } : {}),
        ...(config.EMAIL_FROM ? { email: createSesEmailNotifier(new SESv2Client({ region: config.AWS_REGION }), { from: config.EMAIL_FROM }) } : {}),
      })
    : undefined;

/** DynamoDB stream → the outbox's new messages, sent once each, with partial batch failure reporting. */
export const handler = lambdaHandler<DynamoDBStreamEvent, DynamoDBBatchResponse, typeof config>({ config, logger }, (event, context) =>
  processStreamRecords(event.Records, {
    notifier: awsNotifier ?? createLogNotifier(context.logger),
    outbox,
    now: () => new Date(),
    logger: context.logger,
  }),
);
