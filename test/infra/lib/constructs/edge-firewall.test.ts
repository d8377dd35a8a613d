import { beforeAll, describe, expect, it } from 'vitest';
import { EDGE_RATE_LIMITS } from '../../../../infra/lib/constructs/edge-firewall.js';
import { synthTemplate } from '../../../support/cdk-app.js';

type Props = Record<string, any>;

/** Issue 10, finding 4: in AWS, rate-based WAF rules on the lookup and sign-in routes. */
describe('edge firewall (AWS WAF on the CloudFront distribution)', () => {
  let t: ReturnType<typeof synthTemplate>;
  beforeAll(() => {
    t = synthTemplate();
  });
  const acl = () => Object.entries(t.template.findResources('AWS::WAFv2::WebACL'))[0] as [string, { Properties: Props; Condition?: string }];

  it('is a CLOUDFRONT web ACL with a rate-based rule per viewer address on each guessable route, answering 429', () => {
    const [, resource] = acl();
    expect(resource.Properties).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
    const rules = resource.Properties.Rules as Props[];
    expect(rules.map((r) => r.Statement.RateBasedStatement.ScopeDownStatement.ByteMatchStatement.SearchString)).toEqual(['/api/cases/lookup', '/api/auth/']);
    for (const rule of rules) {
      expect(rule.Statement.RateBasedStatement).toMatchObject({ AggregateKeyType: 'IP', EvaluationWindowSec: 300, Limit: EDGE_RATE_LIMITS[0].limit });
      expect(rule.Action.Block.CustomResponse).toMatchObject({ ResponseCode: 429, ResponseHeaders: [{ Name: 'Retry-After', Value: '300' }] });
      expect(rule.VisibilityConfig.CloudWatchMetricsEnabled).toBe(true);
    }
  });

  it('is attached to the distribution, which also carries /api/* (an HTTP API cannot take a web ACL)', () => {
    const [id, resource] = acl();
    const config = (Object.values(t.template.findResources('AWS::CloudFront::Distribution'))[0] as { Properties: Props }).Properties.DistributionConfig;
    expect(JSON.stringify(config.WebACLId)).toContain(id);
    expect((config.CacheBehaviors as Props[]).map((b) => b.PathPattern)).toContain('/api/*');
    // CloudFront ACLs exist only in us-east-1: made there, left out elsewhere so the template deploys anywhere.
    expect(t.template.toJSON().Conditions[resource.Condition!]).toEqual({ 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] });
  });

  it('uses a web ACL made elsewhere when given one', () => {
    const arn = 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/county/abc';
    const other = synthTemplate({ context: { webAclArn: arn } });
    expect(Object.keys(other.template.findResources('AWS::WAFv2::WebACL'))).toEqual([]);
    const config = (Object.values(other.template.findResources('AWS::CloudFront::Distribution'))[0] as { Properties: Props }).Properties.DistributionConfig;
    expect(config.WebACLId).toBe(arn);
  });
});
