import { beforeAll, describe, expect, it } from 'vitest';
import { synthTemplate } from '../../../support/cdk-app.js';

type Resource = { Properties: Record<string, any>; DeletionPolicy?: string };
let t: ReturnType<typeof synthTemplate>;
const id = (construct: { node: { defaultChild?: unknown } }) => t.stack.getLogicalId(construct.node.defaultChild as never);
beforeAll(() => {
  t = synthTemplate({});
});

describe('anchors bucket (issue 10, finding 7)', () => {
  const anchors = () => t.template.toJSON().Resources[id(t.stack.anchors)] as Resource;

  it('locks every anchor in compliance mode for ten years, versioned, encrypted, logged and retained', () => {
    expect(anchors().DeletionPolicy).toBe('Retain');
    expect(anchors().Properties).toMatchObject({
      ObjectLockEnabled: true,
      ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 3650 } } },
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BucketKeyEnabled: true }] },
      LoggingConfiguration: { DestinationBucketName: { Ref: expect.stringMatching(/^AccessLogs/) }, LogFilePrefix: 'anchors/' },
    });
  });

  it('is a bucket of its own, outside the table, named to the API; the API may only read it', () => {
    expect(id(t.stack.anchors)).not.toBe(id(t.stack.materials));
    const fn = t.template.toJSON().Resources[id(t.stack.apiFunction)] as Resource;
    expect(fn.Properties.Environment.Variables.ANCHOR_BUCKET).toEqual({ Ref: id(t.stack.anchors) });
    const policies = Object.values(t.template.findResources('AWS::IAM::Policy')) as Resource[];
    const onAnchors = policies
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Record<string, any>[])
      .filter((s) => String(JSON.stringify(s.Resource)).includes(id(t.stack.anchors)));
    expect(onAnchors.flatMap((s) => [s.Action].flat()).sort()).toEqual(['s3:GetObject', 's3:ListBucket']);
  });
});
