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
   * Routes everything under /api to the function.
   *
   * Route design: the gateway's JWT authorizer is the first gate; the app verifies any bearer
   * token again and decides per endpoint (principalOf → 401/403), so a route without the
   * authorizer is never an open door, only a missing early refusal.
   * - `GET /api/{proxy+}` has no authorizer: the public endpoints (health, openapi.json, catalogue
   *   reads, the due-date calculator, progress by query code) are reads, and signed-in reads carry
   *   a token the app checks.
   * - `POST /api/public/{proxy+}` has no authorizer: the home for public writes that must work
   *   without an account (e.g. a progress lookup posted with a query code). Put any new public
   *   non-GET endpoint under /api/public/.
   * - `ANY /api/{proxy+}` requires a valid JWT: every other method (POST, PUT, PATCH, DELETE, HEAD)
   *   outside /api/public is refused at the gateway without a token. API Gateway prefers the
   *   method-specific routes above over ANY.
   * - No OPTIONS route or CORS: the web app and /api share one origin through CloudFront.
   */
  addRoutes(handler: IFunction, jwt: JwtIssuer): void {
    const integration = new HttpLambdaIntegration('ApiIntegration', handler);
    const authorizer: IHttpRouteAuthorizer = new HttpJwtAuthorizer('JwtAuthorizer', jwt.issuer, {
      jwtAudience: jwt.audiences,
      identitySource: ['$request.header.Authorization'],
    });
    const publicRoutes = [
      ...this.httpApi.addRoutes({ path: '/api/{proxy+}', methods: [HttpMethod.GET], integration }),
      ...this.httpApi.addRoutes({ path: '/api/public/{proxy+}', methods: [HttpMethod.POST], integration }),
    ];
    this.httpApi.addRoutes({ path: '/api/{proxy+}', methods: [HttpMethod.ANY], integration, authorizer });
    for (const route of publicRoutes) {
      acknowledge(
        route,
        {
          id: 'AwsSolutions-APIG4',
          reason:
            'Public by design (health, OpenAPI document, catalogue, due-date calculator, progress by query code); the app verifies any bearer token itself and refuses protected endpoints with 401/403.',
        },
        {
          id: 'AwsSolutions-COG4',
          reason: 'Same public route: no authorizer at all on purpose; protected routes use the JWT authorizer.',
        },
      );
    }
  }
}
