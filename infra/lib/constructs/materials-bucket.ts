import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

export interface MaterialsBucketProps {
  /** Origins whose pages upload with presigned PUT URLs (the web app, a dev server). */
  uploadOrigins: string[];
  serverAccessLogsBucket: IBucket;
}

/**
 * Uploaded application materials (ID scans, certificates): sensitive personal information under
 * PIPL. Private, TLS only, versioned so nothing is lost by an overwrite, encrypted with the AWS
 * managed KMS key so every read is recorded in CloudTrail (the bucket key keeps KMS calls few).
 * Browsers upload directly with presigned PUT URLs the API issues after its own checks.
 */
export class MaterialsBucket extends Bucket {
  constructor(scope: Construct, id: string, props: MaterialsBucketProps) {
    super(scope, id, {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.KMS_MANAGED,
      bucketKeyEnabled: true,
      versioned: true,
      serverAccessLogsBucket: props.serverAccessLogsBucket,
      serverAccessLogsPrefix: 'materials/',
      cors: [
        {
          allowedOrigins: props.uploadOrigins,
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET, HttpMethods.HEAD],
          allowedHeaders: ['content-type', 'content-md5', 'x-amz-*'],
          exposedHeaders: ['ETag'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { noncurrentVersionExpiration: Duration.days(365) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
