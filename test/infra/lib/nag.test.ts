import { Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { createTestCdkApp, unacknowledgedFindings } from '../../support/cdk-app.js';

const OIDC = { oidcIssuer: 'https://login.example.gov.cn/realms/county', oidcAudience: 'web' };

/** Every acknowledgement recorded in the construct tree: rule id → reason. */
function acknowledgements(root: IConstruct): { path: string; id: string; reason: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
      .map(([id, reason]) => ({ path: construct.node.path, id, reason })),
  );
}

// A full synth with both packs takes a few seconds alone, and far longer on a busy 2-core machine.
describe('cdk-nag (AwsSolutions and Serverless packs)', { timeout: 180_000 }, () => {
  it.each([
    ['the Cognito issuer', {}],
    ['the Cognito Plus tier', { cognitoPlusTier: 'true' }],
    ['an existing OIDC provider', OIDC],
  ])('finds no unacknowledged error with %s', (_name, context) => {
    const { app } = createTestCdkApp({ nag: true, bundle: false, cfnValidation: true, context });

    const findings = unacknowledgedFindings(app);

    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });

  it('does report what nobody acknowledged (the check can fail)', () => {
    const { app, stack } = createTestCdkApp({ nag: true, bundle: false });
    new Bucket(stack, 'Careless');

    const findings = unacknowledgedFindings(app);

    expect(findings).toContainEqual(expect.objectContaining({ rule: 'AwsSolutions-S1', severity: 'error', path: `${stack.stackName}/Careless/Resource` }));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'AwsSolutions-S10', path: `${stack.stackName}/Careless/Resource` }));
  });

  it('gives every acknowledgement a specific reason', () => {
    const { app } = createTestCdkApp({ nag: true, bundle: false });
    const acks = acknowledgements(app);

    expect(acks.length).toBeGreaterThan(10);
    for (const ack of acks) {
      expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThanOrEqual(40);
    }
  });
});
