import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { acknowledge } from '../nag.js';

/**
 * Where S3 server access logs and CloudFront standard logs go. CloudFront still delivers its
 * standard logs through ACLs, hence BUCKET_OWNER_PREFERRED ownership; SSE-S3 because log
 * delivery cannot write with a KMS key it has no grant on.
 */
export class AccessLogsBucket extends Bucket {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(400), abortIncompleteMultipartUploadAfter: Duration.days(7) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this, {
      id: 'AwsSolutions-S1',
      reason:
        'This is the access-log bucket itself; logging its own access into itself would loop, and it is written only by the S3 and CloudFront log delivery services.',
    });
  }
}
