import { S3Client } from '@aws-sdk/client-s3';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_THROTTLE, PUBLIC_ROUTES } from '../../../../infra/lib/constructs/intake-api.js';
import { synthTemplate } from '../../../support/cdk-app.js';
import { createDocumentClient } from '../../../../functions/adapters/dynamodb/client.js';
import { composeDeps } from '../../../../functions/compose.js';
import { createApp } from '../../../../functions/http/app.js';
import { createTokenVerifier } from '../../../../functions/http/auth/token-verifier.js';
import { silentLogger } from '../../../../functions/http/logger.js';

type Synth = ReturnType<typeof synthTemplate>;
let t: Synth;
beforeAll(() => {
  t = synthTemplate();
});

const routes = () =>
  Object.values(t.template.findResources('AWS::ApiGatewayV2::Route') as Record<string, { Properties: Record<string, unknown> }>).map((r) => r.Properties);

interface GatewayRoute {
  method: string;
  path: string;
  authorized: boolean;
}

/** The route API Gateway picks: exact paths before greedy ones, longer greedy prefixes first, a method before ANY. */
function gatewayRouteFor(gateway: GatewayRoute[], method: string, path: string): GatewayRoute | undefined {
  const pattern = (route: string) => new RegExp(`^${route.replace(/\{[^}]+\+\}/g, '.+').replace(/\{[^}]+\}/g, '[^/]+')}$`);
  const rank = (r: GatewayRoute) => [r.path.includes('+}') ? 1 : 0, -r.path.length, r.method === 'ANY' ? 1 : 0];
  return gateway
    .filter((r) => (r.method === method || r.method === 'ANY') && pattern(r.path).test(path))
    .sort((a, b) => rank(a).reduce((d, v, i) => d || v - rank(b)[i]!, 0))[0];
}

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
    ['POST /api/catalogue/items/{code}/checklist', 'NONE'],
    ['POST /api/cases/lookup/decision', 'NONE'],
    ['ANY /api/{proxy+}', 'JWT'],
  ])('routes %s with authorization %s', (routeKey, authorizationType) => {
    const route = routes().find((r) => r.RouteKey === routeKey);
    expect(route).toBeDefined();
    expect(route!.AuthorizationType ?? 'NONE').toBe(authorizationType);
    if (authorizationType === 'JWT') expect(route!.AuthorizerId).toEqual({ Ref: expect.stringMatching(/JwtAuthorizer/) });
  });

  it('routes nothing outside /api to the function', () => {
    expect(routes().every((r) => / \/api\//.test(r.RouteKey as string))).toBe(true);
    expect(routes()).toHaveLength(PUBLIC_ROUTES.length + 1);
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

  it('lets every public endpoint of the app through without a token, and gates every protected write', async () => {
    const gateway: GatewayRoute[] = routes().map((r) => {
      const [method, path] = (r.RouteKey as string).split(' ') as [string, string];
      return { method, path, authorized: r.AuthorizationType === 'JWT' };
    });
    // The app as the Lambda entry builds it: no local issuer, so no local sign-in routes. Like the S3
    // client, the DynamoDB client is never called: building the app and its document reads no table.
    const db = createDocumentClient({ region: 'cn-north-1' });
    const tableName = 'intake';
    const verifier = createTokenVerifier({ issuer: 'https://issuer.example.com', audiences: ['web'], keys: new URL('https://issuer.example.com/jwks') });
    const files = { kind: 's3' as const, s3: new S3Client({ region: 'cn-north-1' }), bucket: 'materials' };
    const app = createApp(composeDeps({ db, tableName, verifier, logger: silentLogger, files, seal: { kind: 'kms', keys: {} } }));
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };

    const mismatches: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const verb = method.toUpperCase();
        const route = gatewayRouteFor(gateway, verb, path.replace(/\{[^}]+\}/g, 'x'));
        const isPublic = !operation.security || operation.security.length === 0;
        if (!route) mismatches.push(`${verb} ${path}: no gateway route`);
        else if (isPublic && route.authorized) mismatches.push(`${verb} ${path}: public, but the gateway demands a token`);
        else if (!isPublic && verb !== 'GET' && !route.authorized) mismatches.push(`${verb} ${path}: protected write without the authorizer`);
      }
    }

    expect(Object.keys(doc.paths).length).toBeGreaterThan(5);
    expect(mismatches).toEqual([]);
  });
});
