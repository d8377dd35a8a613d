import { Fn, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination, type IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';
import { LOG_RETENTION } from './intake-function.js';

/** Default stage throttle: generous for a county's counters, low enough to blunt a flood. */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

/** One JSON object per request; no headers or bodies, so no tokens or personal data. */
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  time: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  method: '$context.httpMethod',
  path: '$context.path',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  integrationLatencyMs: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  userAgent: '$context.identity.userAgent',
});

/**
 * Routes that reach the function without the gateway's JWT authorizer; everything else under /api
 * (`ANY /api/{proxy+}`) needs a valid token at the gateway.
 *
 * Why this is safe: the authorizer is only the first gate. The app verifies any bearer token again
 * and decides per endpoint (principalOf → 401/403), so an unauthorized route is never an open door,
 * only a missing early refusal.
 * - `GET /api/{proxy+}`: the public endpoints are mostly reads (health, openapi.json, catalogue,
 *   due-date calculator, progress by query code); signed-in reads carry a token the app checks.
 * - Public writes are listed one by one: the catalogue's checklist and answer validation, the
 *   signed decision received from the lookup page with the query code (beside the progress lookup,
 *   under the WAF rate rule's `/api/cases/lookup` prefix), and `/api/public/{proxy+}`, the home for
 *   any other new public non-GET endpoint. test/infra/lib/constructs/intake-api.test.ts compares this list
 *   with the app's OpenAPI document, so a public endpoint the gateway would block fails the tests.
 * API Gateway prefers a method-specific route over ANY, and an exact path over a greedy one.
 * No OPTIONS route or CORS: the web app and /api share one origin through CloudFront.
 */
export const PUBLIC_ROUTES: { method: HttpMethod; path: string }[] = [
  { method: HttpMethod.GET, path: '/api/{proxy+}' },
  { method: HttpMethod.POST, path: '/api/public/{proxy+}' },
  { method: HttpMethod.POST, path: '/api/catalogue/items/{code}/checklist' },
  { method: HttpMethod.POST, path: '/api/catalogue/items/{code}/validate' },
  { method: HttpMethod.POST, path: '/api/cases/lookup/decision' },
];

export interface JwtIssuer {
  issuer: string;
  audiences: string[];
}

/**
 * The HTTP API in front of the API function, with a throttled default stage and JSON access logs.
 * Created before its routes so the web distribution can point at it while the issuer (which needs
 * the web origin for its callback URLs) is still being built.
 */
export class IntakeApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  /** The API's host name, for a CloudFront origin. */
  readonly domainName: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'One-window intake API',
      createDefaultStage: false,
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.RETAIN });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });
    this.domainName = Fn.select(2, Fn.split('/', this.httpApi.apiEndpoint));
  }

  /**
   * Routes everything under /api to the function (route design in PUBLIC_ROUTES' comment).
   */
  addRoutes(handler: IFunction, jwt: JwtIssuer): void {
    const integration = new HttpLambdaIntegration('ApiIntegration', handler);
    const authorizer: IHttpRouteAuthorizer = new HttpJwtAuthorizer('JwtAuthorizer', jwt.issuer, {
      jwtAudience: jwt.audiences,
      identitySource: ['$request.header.Authorization'],
    });
    for (const { method, path } of PUBLIC_ROUTES) {
      for (const route of this.httpApi.addRoutes({ path, methods: [method], integration })) {
        acknowledge(
          route,
          {
            id: 'AwsSolutions-APIG4',
            reason:
              'Public by design (health, OpenAPI document, catalogue, checklist, due-date calculator, progress and decision by query code); the app verifies any bearer token itself and refuses protected endpoints with 401/403.',
          },
          {
            id: 'AwsSolutions-COG4',
            reason: 'Public route without any authorizer on purpose; every other route uses the JWT authorizer.',
          },
        );
      }
    }
    this.httpApi.addRoutes({ path: '/api/{proxy+}', methods: [HttpMethod.ANY], integration, authorizer });
  }
}
