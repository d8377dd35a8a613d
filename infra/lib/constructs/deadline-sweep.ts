import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { SWEEP_ENV } from '../../../functions/config/sweep-env.js';
import { DeadLetterQueue } from './dead-letter-queue.js';
import { IntakeFunction } from './intake-function.js';
import type { IntakeTable } from './intake-table.js';

/** How often the deadline sweep runs. */
export const SWEEP_INTERVAL = Duration.minutes(15);

/**
 * Every 15 minutes EventBridge starts the deadline sweep (functions/sweep/handler.ts), which
 * raises yellow and red cards. Missed deliveries and failed runs land in one DLQ; the next run
 * catches up anyway, so retries are few.
 */
export class DeadlineSweep extends Construct {
  readonly function: IntakeFunction;
  readonly deadLetterQueue: DeadLetterQueue;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: { table: IntakeTable; logLevel: string }) {
    super(scope, id);
    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetterQueue');
    this.function = new IntakeFunction(this, 'Function', {
      entry: 'functions/sweep/handler.ts',
      description: 'Deadline sweep: yellow/red cards on open cases',
      memorySize: 512,
      timeout: Duration.minutes(5),
      environment: { [SWEEP_ENV.LOG_LEVEL]: props.logLevel },
      deadLetterQueue: this.deadLetterQueue,
    }).bindTable(props.table, 'read-write', SWEEP_ENV.TABLE_NAME);

    this.rule = new Rule(this, 'Schedule', {
      description: 'Runs the deadline sweep',
      schedule: Schedule.rate(SWEEP_INTERVAL),
      targets: [
        new LambdaFunction(this.function, {
          deadLetterQueue: this.deadLetterQueue,
          retryAttempts: 2,
          maxEventAge: Duration.minutes(15),
        }),
      ],
    });
  }
}
