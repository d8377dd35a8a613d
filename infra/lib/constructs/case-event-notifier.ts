import { Duration } from 'aws-cdk-lib';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { STREAM_ENV } from '../../../functions/config/stream-env.js';
import { CASE_EVENT_TYPE } from '../../../functions/stream/case-event-record.js';
import { acknowledge } from '../nag.js';
import { DeadLetterQueue } from './dead-letter-queue.js';
import { IntakeFunction } from './intake-function.js';
import type { IntakeTable } from './intake-table.js';

/**
 * The table stream → notifier function (functions/stream/handler.ts). Only inserted case events
 * reach it (filter criteria), so the function is not invoked for every write. A failing record is
 * retried a bounded number of times with the batch bisected, then recorded in the DLQ, and the
 * shard moves on.
 */
export class CaseEventNotifier extends Construct {
  readonly function: IntakeFunction;
  readonly deadLetterQueue: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: { table: IntakeTable; logLevel: string }) {
    super(scope, id);
    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetterQueue');
    this.function = new IntakeFunction(this, 'Function', {
      entry: 'functions/stream/handler.ts',
      description: 'Case event notifications from the table stream',
      memorySize: 256,
      timeout: Duration.seconds(30),
      environment: { [STREAM_ENV.LOG_LEVEL]: props.logLevel },
      // Receipts only (idempotency): read one item, write one item.
    }).bindTable(props.table, 'items', STREAM_ENV.TABLE_NAME);

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
            dynamodb: { NewImage: { type: { S: FilterRule.isEqual(CASE_EVENT_TYPE) } } },
          }),
        ],
      }),
    );

    acknowledge(
      this.function,
      {
        id: 'Serverless-LambdaDLQ',
        reason: 'Invoked synchronously by the stream event source mapping, never asynchronously; failed records go to the mapping’s on-failure SQS destination.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'dynamodb:ListStreams (added by the event source) supports no resource-level permission; reading records is limited to this table’s stream ARN.',
      },
    );
  }
}
