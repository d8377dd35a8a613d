import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalIssuer, type LocalIssuer } from '../../functions/adapters/local/local-issuer.js';
import { createTestTable } from '../support/dynamo.js';
import { freePort } from '../../scripts/lib/free-port.js';

/** A real API Gateway HTTP API event, payload format 2.0, as the Lambda integration sends it. */
function httpApiEvent(method: string, path: string, init: { query?: string; body?: unknown; headers?: Record<string, string> } = {}): APIGatewayProxyEventV2 {
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: init.query ?? '',
    headers: {
      host: 'abc123.execute-api.cn-north-1.amazonaws.com.cn',
      'user-agent': 'vitest',
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.cn-north-1.amazonaws.com.cn',
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'vitest' },
      requestId: `req-${Math.random().toString(36).slice(2)}`,
      routeKey: '$default',
      stage: '$default',
      time: '22/Nov/2026:08:00:00 +0000',
      timeEpoch: Date.now(),
    },
    ...(body ? { body } : {}),
    isBase64Encoded: false,
  };
}

const context = { awsRequestId: 'lambda-req-1', functionName: 'api', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

describe('the API as a Lambda handler behind an HTTP API', () => {
  let server: Server;
  let keyFile: string;
  let issuer: LocalIssuer;
  let handler: (event: APIGatewayProxyEventV2, context: Context) => Promise<{ statusCode: number; body: string; headers?: Record<string, string> }>;

  beforeAll(async () => {
    // A stand-in OIDC provider: its JWKS served over HTTP, as Cognito or a provincial IdP would.
    const port = await freePort();
    keyFile = join(mkdtempSync(join(tmpdir(), 'issuer-')), 'key.json');
    issuer = await createLocalIssuer({ issuer: `http://127.0.0.1:${port}`, audience: 'web-client', keyFile });
    server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(req.url === '/.well-known/jwks.json' ? issuer.jwks : {}));
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const { tableName, endpoint } = await createTestTable('lambda');
    Object.assign(process.env, {
      TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: endpoint,
      AWS_REGION: 'cn-north-1',
      AUTH_ISSUER: issuer.issuer,
      AUTH_AUDIENCE: 'web-client',
      MATERIALS_BUCKET: 'materials-bucket',
      SEAL_KEYS: JSON.stringify({ qingshi: { keyId: 'arn:aws-cn:kms:cn-north-1:111122223333:key/qingshi', algorithm: 'SM2DSA' } }),
      LOG_LEVEL: 'error',
    });
    handler = (await import('../../functions/http/lambda.js')).handler as unknown as typeof handler;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers health', async () => {
    const res = await handler(httpApiEvent('GET', '/api/health'), context);
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ status: 'ok' });
  });

  it('verifies a bearer token against the issuer JWKS and reads the claims', async () => {
    const { token } = await issuer.sign({ userId: 'u-clerk-qs', role: 'clerk', name: '陈静', countyId: 'qingshan', townshipId: 'qingshi' });
    const res = await handler(httpApiEvent('GET', '/api/me', { headers: { authorization: `Bearer ${token}` } }), context);
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ userId: 'u-clerk-qs', role: 'clerk', townshipId: 'qingshi', workspace: 'counter' });
  });

  it('answers a bad body with the JSON error shape, in English when asked', async () => {
    const { token } = await issuer.sign({ userId: 'u-resident-1', role: 'resident', name: '张明' });
    const res = await handler(
      httpApiEvent('POST', '/api/cases', {
        body: { itemCode: '' },
        headers: { authorization: `Bearer ${token}`, 'accept-language': 'en', 'idempotency-key': 'lambda-test-key-1' },
      }),
      context,
    );
    expect(res.statusCode).toBe(400);
    const body = JSON.parse(res.body);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toMatch(/not valid/);
    expect(body.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['itemCode', 'townshipId']));
  });

  it('refuses a token signed by the right key for another audience', async () => {
    const other = await createLocalIssuer({ issuer: issuer.issuer, audience: 'someone-else', keyFile });
    const { token } = await other.sign({ userId: 'u-admin', role: 'admin', name: 'x', countyId: 'qingshan' });
    const res = await handler(httpApiEvent('GET', '/api/me', { headers: { authorization: `Bearer ${token}` } }), context);
    expect(res.statusCode).toBe(401);
  });
});
