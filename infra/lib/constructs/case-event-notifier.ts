import { Duration, Stack } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { STREAM_ENV } from '../../../functions/config/stream-env.js';
import { OUTBOX_MESSAGE_TYPE } from '../../../functions/adapters/dynamodb/outbox-store.js';
import { acknowledge } from '../nag.js';
import { DeadLetterQueue } from './dead-letter-queue.js';
import { IntakeFunction } from './intake-function.js';
import type { IntakeTable } from './intake-table.js';

/**
 * The table stream → notifier function (functions/stream/handler.ts). Only inserted outbox
 * messages reach it (filter criteria), so the function is not invoked for every write. A failing
 * record is retried a bounded number of times with the batch bisected, then recorded in the DLQ,
 * and the shard moves on. It sends SMS through SNS (direct to phone numbers, no topic) and, when
 * `emailFrom` is set, e-mail through SES from that identity only.
 */
export class CaseEventNotifier extends Construct {
  readonly function: IntakeFunction;
  readonly deadLetterQueue: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: { table: IntakeTable; logLevel: string; emailFrom?: string; smsSenderId?: string }) {
    super(scope, id);
    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetterQueue');
    this.function = new IntakeFunction(this, 'Function', {
      entry: 'functions/stream/handler.ts',
      description: 'Case event notifications from the table stream',
      memorySize: 256,
      timeout: Duration.seconds(30),
      environment: {
        [STREAM_ENV.LOG_LEVEL]: props.logLevel,
        [STREAM_ENV.NOTIFIER]: 'aws',
        ...(props.emailFrom ? { [STREAM_ENV.EMAIL_FROM]: props.emailFrom } : {}),
        ...(props.smsSenderId ? { [STREAM_ENV.SMS_SENDER_ID]: props.smsSenderId } : {}),
      },
    });
    this.function.addEnvironment(STREAM_ENV.TABLE_NAME, props.table.tableName);
    // The claim and the sent marker: read and update outbox items only (their partition keys).
    this.function.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
        resources: [props.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['OUTBOX#*'] } },
      }),
    );
    // SMS is published straight to a phone number; NotResource keeps every topic out of reach.
    this.function.addToRolePolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['sns:Publish'], notResources: ['arn:*:sns:*:*:*'] }));
    if (props.emailFrom) {
      const stack = Stack.of(this);
      const domain = props.emailFrom.split('@')[1]!;
      this.function.addToRolePolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: ['ses:SendEmail'],
          resources: [stack.formatArn({ service: 'ses', resource: 'identity', resourceName: domain })],
          conditions: { StringEquals: { 'ses:FromAddress': props.emailFrom } },
        }),
      );
    }

    this.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 25,
        maxBatchingWindow: Duration.seconds(1),
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(24),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetterQueue),
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT'),
            dynamodb: { NewImage: { type: { S: FilterRule.isEqual(OUTBOX_MESSAGE_TYPE) } } },
          }),
        ],
      }),
    );

    acknowledge(
      this.function,
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          'Invoked synchronously by the stream event source mapping, never asynchronously; failed records go to the mapping’s on-failure SQS destination.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'dynamodb:ListStreams (added by the event source) supports no resource-level permission; reading records is limited to this table’s stream ARN.',
      },
    );
  }
}
