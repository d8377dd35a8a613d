import { beforeAll, describe, expect, it } from 'vitest';
import { synthTemplate } from '../../../support/cdk-app.js';

type Resource = { Properties: Record<string, any>; DeletionPolicy?: string };
let t: ReturnType<typeof synthTemplate>;
const id = (construct: { node: { defaultChild?: unknown } }) => t.stack.getLogicalId(construct.node.defaultChild as never);
beforeAll(() => {
  t = synthTemplate({ context: { devOrigins: 'http://localhost:5173' } });
});

describe('buckets', () => {
  it('block every kind of public access on every bucket', () => {
    const buckets = Object.values(t.template.findResources('AWS::S3::Bucket')) as Resource[];
    expect(buckets.length).toBe(4);
    for (const bucket of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
  });

  it('refuse plain HTTP on every bucket', () => {
    const policies = Object.values(t.template.findResources('AWS::S3::BucketPolicy')) as Resource[];
    const bucketIds = Object.keys(t.template.findResources('AWS::S3::Bucket'));
    for (const bucketId of bucketIds) {
      const policy = policies.find((p) => JSON.stringify(p.Properties.Bucket) === JSON.stringify({ Ref: bucketId }));
      expect(policy, bucketId).toBeDefined();
      expect(policy!.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });
});

describe('materials bucket', () => {
  const materials = () => t.template.toJSON().Resources[id(t.stack.materials)] as Resource;

  it('is versioned, KMS-encrypted, access-logged and kept when the stack goes', () => {
    expect(materials().DeletionPolicy).toBe('Retain');
    expect(materials().Properties).toMatchObject({
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BucketKeyEnabled: true }] },
      LoggingConfiguration: { DestinationBucketName: { Ref: expect.stringMatching(/^AccessLogs/) }, LogFilePrefix: 'materials/' },
    });
  });

  it('accepts presigned PUT uploads from the web origin and the dev origins only', () => {
    const [rule] = materials().Properties.CorsConfiguration.CorsRules as Record<string, unknown>[];
    const distribution = id(t.stack.web.distribution);
    expect(rule).toMatchObject({ AllowedMethods: expect.arrayContaining(['PUT']), ExposedHeaders: ['ETag'] });
    expect(rule!.AllowedOrigins).toEqual([{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }]] }, 'http://localhost:5173']);
  });
});

describe('materials are immutable once checked (issue 10, finding 1)', () => {
  const materials = () => t.template.toJSON().Resources[id(t.stack.materials)] as Resource;
  const statements = () => {
    const policies = Object.values(t.template.findResources('AWS::S3::BucketPolicy')) as Resource[];
    const policy = policies.find((p) => JSON.stringify(p.Properties.Bucket) === JSON.stringify({ Ref: id(t.stack.materials) }))!;
    return policy.Properties.PolicyDocument.Statement as Record<string, any>[];
  };
  const onMaterials = (statement: Record<string, any>) => JSON.stringify(statement.Resource).includes('/materials/*');

  it('denies everyone a plain PUT to materials/ (only a copy of a checked upload gets there) and any delete there', () => {
    expect(statements()).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:PutObject', Condition: { Null: { 's3:x-amz-copy-source': 'true' } } }),
    );
    const deny = statements().find((s) => s.Sid === 'MaterialsNeverDeleted')!;
    expect(onMaterials(deny)).toBe(true);
    expect(deny).toMatchObject({ Effect: 'Deny', Action: ['s3:DeleteObject', 's3:DeleteObjectVersion'] });
  });

  it('lets the API delete only uploads (incoming/), and expires abandoned ones', () => {
    const policies = Object.values(t.template.findResources('AWS::IAM::Policy')) as Resource[];
    const s3Statements = policies
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Record<string, any>[])
      .filter((s) => JSON.stringify(s.Action).includes('s3:') && JSON.stringify(s.Resource).includes(id(t.stack.materials)));
    expect(s3Statements.length).toBeGreaterThan(0);
    for (const statement of s3Statements.filter((s) => JSON.stringify(s.Action).includes('s3:DeleteObject'))) {
      expect(JSON.stringify(statement.Resource)).toContain('/incoming/*');
      expect(JSON.stringify(statement.Resource)).not.toContain('/materials/*');
    }
    expect(materials().Properties.LifecycleConfiguration.Rules).toContainEqual(expect.objectContaining({ Prefix: 'incoming/', ExpirationInDays: 2 }));
  });
});
