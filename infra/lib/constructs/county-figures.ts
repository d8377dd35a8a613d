import { Duration } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { FIGURES_ENV } from '../../../functions/config/figures-env.js';
import { acknowledge } from '../nag.js';
import { DeadLetterQueue } from './dead-letter-queue.js';
import { IntakeFunction } from './intake-function.js';
import type { IntakeTable } from './intake-table.js';

/**
 * The table stream → the county's figures (functions/stream/figures-handler.ts). Only case
 * snapshots reach it (filter criteria). Each is counted once per version in one transaction (the
 * case's counted record and the buckets it moves), so retries and replays add nothing; a record
 * that keeps failing goes to the DLQ after bounded retries, with the batch bisected.
 */
export class CountyFigures extends Construct {
  readonly function: IntakeFunction;
  readonly deadLetterQueue: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: { table: IntakeTable; logLevel: string }) {
    super(scope, id);
    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetterQueue');
    this.function = new IntakeFunction(this, 'Function', {
      entry: 'functions/stream/figures-handler.ts',
      description: "The county's figures from the table stream",
      memorySize: 256,
      timeout: Duration.seconds(30),
      environment: { [FIGURES_ENV.LOG_LEVEL]: props.logLevel },
    });
    this.function.addEnvironment(FIGURES_ENV.TABLE_NAME, props.table.tableName);
    // The buckets and each case's counted record; the calendar is only read.
    this.function.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
        resources: [props.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['STATS#*', 'STATSCASE#*'] } },
      }),
    );
    this.function.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['dynamodb:GetItem', 'dynamodb:Query'],
        resources: [props.table.tableArn],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['CALENDAR'] } },
      }),
    );

    this.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(5),
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(24),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetterQueue),
        filters: [FilterCriteria.filter({ eventName: FilterRule.or('INSERT', 'MODIFY'), dynamodb: { NewImage: { type: { S: FilterRule.isEqual('case') } } } })],
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
