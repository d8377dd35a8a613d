import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type IBucket } from 'aws-cdk-lib/aws-s3';
import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { MATERIAL_PREFIX, UPLOAD_PREFIX } from '../../../functions/adapters/s3/material-keys.js';

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
        // Uploads the API never looked at (the applicant gave up) do not linger.
        { prefix: UPLOAD_PREFIX, expiration: Duration.days(2) },
        { noncurrentVersionExpiration: Duration.days(365) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Checked materials are immutable: no one (the API included) may write materials/ except by
    // copying a checked upload there, and no one may delete them. Presigned URLs only ever name incoming/.
    this.addToResourcePolicy(
      new PolicyStatement({
        sid: 'MaterialsOnlyByCopy',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:PutObject'],
        resources: [this.arnForObjects(`${MATERIAL_PREFIX}*`)],
        conditions: { Null: { 's3:x-amz-copy-source': 'true' } },
      }),
    );
    this.addToResourcePolicy(
      new PolicyStatement({
        sid: 'MaterialsNeverDeleted',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:DeleteObject', 's3:DeleteObjectVersion'],
        resources: [this.arnForObjects(`${MATERIAL_PREFIX}*`)],
      }),
    );
  }
}
