import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectLockRetention, type IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

export interface AnchorsBucketProps {
  serverAccessLogsBucket: IBucket;
  /** How long each daily anchor stays locked (compliance mode: no one, not even root, may shorten it). Default 10 years. */
  retention?: Duration;
}

/**
 * The counties' signed daily anchors of case chain heads (外部锚定), outside the table: S3 Object
 * Lock in compliance mode, so an anchor cannot be overwritten or deleted during its retention by
 * anyone, the account's root user included. A whole chain rewritten consistently in DynamoDB no
 * longer matches the heads anchored here; the audit reports it as "rewritten".
 */
export class AnchorsBucket extends Bucket {
  constructor(scope: Construct, id: string, props: AnchorsBucketProps) {
    super(scope, id, {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.KMS_MANAGED,
      bucketKeyEnabled: true,
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.compliance(props.retention ?? Duration.days(3650)),
      serverAccessLogsBucket: props.serverAccessLogsBucket,
      serverAccessLogsPrefix: 'anchors/',
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
