import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge } from '../nag.js';

/** A dead-letter queue: encrypted, TLS only, kept for the SQS maximum of 14 days for inspection. */
export class DeadLetterQueue extends Queue {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this,
      { id: 'AwsSolutions-SQS3', reason: 'This queue is itself a dead-letter destination; nothing consumes it automatically.' },
      { id: 'Serverless-SQSRedrivePolicy', reason: 'This queue is itself a dead-letter destination; a DLQ of a DLQ adds nothing.' },
    );
  }
}
