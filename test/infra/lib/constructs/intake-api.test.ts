import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_THROTTLE } from '../../../../infra/lib/constructs/intake-api.js';
import { synthTemplate } from '../../../support/cdk-app.js';

type Synth = ReturnType<typeof synthTemplate>;
let t: Synth;
beforeAll(() => {
  t = synthTemplate();
});

const routes = () =>
  Object.values(t.template.findResources('AWS::ApiGatewayV2::Route') as Record<string, { Properties: Record<string, unknown> }>).map(
    (r) => r.Properties,
  );

describe('HTTP API', () => {
  it('authorizes with a JWT authorizer trusting the configured issuer and app client', () => {
    const pool = t.stack.getLogicalId(t.stack.directory!.userPool.node.defaultChild as never);
    t.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [pool, 'ProviderURL'] }]] },
        Audience: [{ Ref: t.stack.getLogicalId(t.stack.directory!.client.node.defaultChild as never) }],
      },
    });
  });

  it.each([
    ['GET /api/{proxy+}', 'NONE'],
    ['POST /api/public/{proxy+}', 'NONE'],
    ['ANY /api/{proxy+}', 'JWT'],
  ])('routes %s with authorization %s', (routeKey, authorizationType) => {
    const route = routes().find((r) => r.RouteKey === routeKey);
    expect(route).toBeDefined();
    expect(route!.AuthorizationType ?? 'NONE').toBe(authorizationType);
    if (authorizationType === 'JWT') expect(route!.AuthorizerId).toEqual({ Ref: expect.stringMatching(/JwtAuthorizer/) });
  });

  it('has no other routes, so nothing outside /api reaches the function', () => {
    expect(routes().map((r) => r.RouteKey).sort()).toEqual(['ANY /api/{proxy+}', 'GET /api/{proxy+}', 'POST /api/public/{proxy+}']);
  });

  it('proxies to the API function with payload format 2.0', () => {
    t.template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [t.stack.getLogicalId(t.stack.apiFunction.node.defaultChild as never), 'Arn'] },
    });
  });

  it('throttles the default stage and writes JSON access logs to a kept log group', () => {
    const stage = Object.values(t.template.findResources('AWS::ApiGatewayV2::Stage'))[0] as { Properties: Record<string, any> };
    expect(stage.Properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: API_THROTTLE.rateLimit, ThrottlingBurstLimit: API_THROTTLE.burstLimit },
    });
    const format = JSON.parse(stage.Properties.AccessLogSettings.Format as string) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status', routeKey: '$context.routeKey' });
    expect(JSON.stringify(format)).not.toMatch(/authorization|header\./i);
    const logGroup = t.stack.getLogicalId(t.stack.api.accessLogs.node.defaultChild as never);
    expect(stage.Properties.AccessLogSettings.DestinationArn).toEqual({ 'Fn::GetAtt': [logGroup, 'Arn'] });
    t.template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue() });
  });
});
