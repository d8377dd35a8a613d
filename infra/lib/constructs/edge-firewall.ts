import { Aws, CfnCondition, Fn } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** Requests per 5 minutes from one viewer address before WAF blocks it, per guarded path. */
export const EDGE_RATE_LIMITS = [
  { name: 'Lookup', pathPrefix: '/api/cases/lookup', limit: 100 },
  { name: 'SignIn', pathPrefix: '/api/auth/', limit: 100 },
] as const;

/**
 * AWS WAF in front of the whole site, on the CloudFront distribution (an HTTP API cannot carry a
 * web ACL; /api/* already goes through the distribution, so the rules see real viewer addresses).
 * Rate-based rules per viewer address on the guessable routes: the progress lookup and sign-in.
 * The app's own limiter (per query code / username, in DynamoDB) does the fine-grained part.
 *
 * CloudFront web ACLs can only be created in us-east-1, so the ACL is made under a condition:
 * deployed there, the distribution gets it; deployed elsewhere, the template still deploys and
 * the app limiter alone guards (pass `webAclArn` context with an ACL made in us-east-1 instead).
 */
export class EdgeFirewall extends Construct {
  /** The ARN to give the distribution (a token that is empty outside us-east-1). */
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: { existingWebAclArn?: string } = {}) {
    super(scope, id);
    if (props.existingWebAclArn) {
      this.webAclArn = props.existingWebAclArn;
      return;
    }
    const inUsEast1 = new CfnCondition(this, 'InUsEast1', { expression: Fn.conditionEquals(Aws.REGION, 'us-east-1') });
    const acl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      description: 'One-window intake: rate limits on progress lookup and sign-in',
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'OneWindowEdge', sampledRequestsEnabled: true },
      customResponseBodies: {
        TooManyRequests: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            code: 'TOO_MANY_ATTEMPTS',
            message: '尝试次数过多，请稍后再试。Too many attempts. Please try again later.',
          }),
        },
      },
      rules: EDGE_RATE_LIMITS.map((rule, priority) => ({
        name: `RateLimit${rule.name}`,
        priority,
        action: {
          block: {
            customResponse: {
              responseCode: 429,
              customResponseBodyKey: 'TooManyRequests',
              responseHeaders: [{ name: 'Retry-After', value: '300' }],
            },
          },
        },
        statement: {
          rateBasedStatement: {
            limit: rule.limit,
            evaluationWindowSec: 300,
            aggregateKeyType: 'IP',
            scopeDownStatement: {
              byteMatchStatement: {
                fieldToMatch: { uriPath: {} },
                positionalConstraint: 'STARTS_WITH',
                searchString: rule.pathPrefix,
                textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
              },
            },
          },
        },
        visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: `OneWindowRateLimit${rule.name}`, sampledRequestsEnabled: true },
      })),
    });
    acl.cfnOptions.condition = inUsEast1;
    this.webAclArn = Fn.conditionIf(inUsEast1.logicalId, acl.attrArn, Aws.NO_VALUE).toString();
  }
}
