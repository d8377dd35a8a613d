import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { KEY_ATTRIBUTES, MAX_PROJECTED_ATTRIBUTES, TABLE_INDEXES, TABLE_KEY, TTL_ATTRIBUTE } from '../../../../functions/adapters/dynamodb/table-definition.js';
import { CASE_LIST_FIELDS, TOWNSHIP_LIST_FIELDS, WORK_QUEUE_FIELDS } from '../../../../functions/ports/case-list-rows.js';
import { apiEnvSchema } from '../../../../functions/config/api-env.js';
import { streamEnvSchema } from '../../../../functions/config/stream-env.js';
import { sweepEnvSchema } from '../../../../functions/config/sweep-env.js';
import type { IntakeStack } from '../../../../infra/lib/stacks/intake-stack.js';
import { createTestCdkApp } from '../../../support/cdk-app.js';

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; Metadata?: Record<string, unknown> };

let stack: IntakeStack;
let template: Template;
let outdir: string;

beforeAll(() => {
  const started = Date.now();
  const built = createTestCdkApp({ cfnValidation: true });
  stack = built.stack;
  template = Template.fromStack(stack);
  outdir = built.app.outdir;
  console.info(`synth with esbuild bundling of 3 functions and template validation: ${Date.now() - started} ms`);
}, 120_000);

const resources = (type: string) => Object.entries(template.findResources(type) as Record<string, Resource>);
const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(construct.node.defaultChild as Parameters<IntakeStack['getLogicalId']>[0]);
const functionNamed = (construct: { node: { defaultChild?: unknown } }) => template.toJSON().Resources[logicalId(construct)] as Resource;

/** Variables a schema requires: those that neither are optional nor have a default. */
function requiredKeys(schema: z.ZodObject) {
  return Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([key]) => key);
}

describe('table', () => {
  it('has the keys, attributes and indexes of table-definition.ts', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_KEY.partition, KeyType: 'HASH' },
        { AttributeName: TABLE_KEY.sort, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayEquals(KEY_ATTRIBUTES.map((name) => ({ AttributeName: name, AttributeType: 'S' }))),
      GlobalSecondaryIndexes: TABLE_INDEXES.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partition, KeyType: 'HASH' },
          { AttributeName: index.sort, KeyType: 'RANGE' },
        ],
        Projection:
          index.projection.type === 'KEYS_ONLY'
            ? { ProjectionType: 'KEYS_ONLY' }
            : { ProjectionType: 'INCLUDE', NonKeyAttributes: Match.arrayEquals([...index.projection.attributes]) },
      })),
    });
  });

  it('projects into each index only what its lists show, never a whole case', () => {
    const [[, table]] = resources('AWS::DynamoDB::Table') as [[string, Resource]];
    const indexes = table.Properties.GlobalSecondaryIndexes as { IndexName: string; Projection: { ProjectionType: string; NonKeyAttributes?: string[] } }[];
    expect(indexes.map((i) => [i.IndexName, i.Projection.ProjectionType])).toEqual([
      ['gsi1', 'INCLUDE'],
      ['gsi2', 'INCLUDE'],
      ['gsi3', 'KEYS_ONLY'],
      ['gsi4', 'INCLUDE'],
    ]);
    const projected = Object.fromEntries(indexes.map((i) => [i.IndexName, i.Projection.NonKeyAttributes ?? []]));
    // Each list's row is there: a resident's cases (gsi2), a township's by state (gsi1), the work queues (gsi4).
    expect(projected.gsi2).toEqual(expect.arrayContaining([...CASE_LIST_FIELDS]));
    expect(projected.gsi1).toEqual(expect.arrayContaining([...TOWNSHIP_LIST_FIELDS, 'name', 'versions', 'effectiveFrom']));
    expect(projected.gsi4).toEqual(expect.arrayContaining([...WORK_QUEUE_FIELDS]));
    // What makes a case big, or must not be copied, is in none of them.
    for (const [name, attributes] of Object.entries(projected)) {
      for (const heavy of ['answers', 'materials', 'overrides', 'proxyConsent', 'filedBy', 'notAccepted', 'infoRequests', 'lastEventHash', 'passwordHash']) {
        expect(attributes, `${name} projects ${heavy}`).not.toContain(heavy);
      }
    }
    const total = Object.values(projected).reduce((n, a) => n + a.length, 0);
    expect(total).toBeLessThanOrEqual(MAX_PROJECTED_ATTRIBUTES);
  });

  it('is on demand, recoverable, protected, streamed, expiring and encrypted', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
        // SSE on without a key ARN: the AWS managed KMS key (aws/dynamodb).
        SSESpecification: { SSEEnabled: true },
      },
    });
  });
});

describe('functions', () => {
  const ours = () => [stack.apiFunction, stack.sweep.function, stack.notifier.function];

  it('run our three entries on the newest Node.js runtime on arm64, with explicit memory and timeout', () => {
    for (const fn of ours()) {
      expect(functionNamed(fn).Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        MemorySize: expect.any(Number),
        Timeout: expect.any(Number),
      });
    }
  });

  it('keep every log group, the API access log included, for at least a year', () => {
    const groups = resources('AWS::Logs::LogGroup');
    expect(groups.length).toBeGreaterThanOrEqual(5);
    for (const [, group] of groups) expect(group.Properties.RetentionInDays).toBeGreaterThanOrEqual(365);
    for (const fn of ours()) {
      const ref = functionNamed(fn).Properties.LoggingConfig.LogGroup.Ref as string;
      expect(groups.map(([id]) => id)).toContain(ref);
    }
  });

  it.each([
    ['API', () => stack.apiFunction, apiEnvSchema],
    ['sweep', () => stack.sweep.function, sweepEnvSchema],
    ['stream', () => stack.notifier.function, streamEnvSchema],
  ] as const)('give the %s function every variable its env schema requires, and no unknown ones', (_name, fn, schema) => {
    const variables = Object.keys(functionNamed(fn()).Properties.Environment.Variables as object);
    expect(variables).toEqual(expect.arrayContaining(requiredKeys(schema)));
    expect(variables.filter((v) => v !== 'NODE_OPTIONS' && !(v in schema.shape))).toEqual([]);
  });

  it('point the API at the Cognito issuer and app client it trusts', () => {
    const env = functionNamed(stack.apiFunction).Properties.Environment.Variables;
    const pool = logicalId(stack.directory!.userPool);
    expect(env.AUTH_ISSUER).toEqual({ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [pool, 'ProviderURL'] }]] });
    expect(env.AUTH_AUDIENCE).toEqual({ Ref: logicalId(stack.directory!.client) });
    expect(env.MATERIALS_BUCKET).toEqual({ Ref: logicalId(stack.materials) });
  });

  it('tell the web app (GET /api/auth/config) to sign in at the pool with its public client, and where to sign out', () => {
    const env = functionNamed(stack.apiFunction).Properties.Environment.Variables;
    const client = { Ref: logicalId(stack.directory!.client) };
    expect(env.AUTH_CLIENT_ID).toEqual(client);
    expect(env.AUTH_SCOPES).toBe('openid profile email');
    expect(env.AUTH_PROVIDER_NAME).toBeUndefined();
    const [, parts] = env.AUTH_LOGOUT_URL['Fn::Join'] as [string, unknown[]];
    expect(parts).toEqual([
      'https://',
      { Ref: logicalId(stack.directory!.domain) },
      '.auth.',
      { Ref: 'AWS::Region' },
      '.amazoncognito.com/logout?client_id=',
      client,
      '&logout_uri=https://',
      { 'Fn::GetAtt': [logicalId(stack.web.distribution), 'DomainName'] },
      '/',
    ]);
  });

  it('bundle the API as ESM with the AWS SDK inside, answering /api/health', async () => {
    const code = functionNamed(stack.apiFunction).Properties.Code as { S3Key: string };
    const bundle = join(outdir, `asset.${code.S3Key.replace(/\.zip$/, '')}`, 'index.mjs');
    const source = readFileSync(bundle, 'utf8');
    // The DynamoDB client is inside (its JSON protocol's target prefix), not imported at run time.
    expect(source.includes('DynamoDB_20120810')).toBe(true);
    expect(/^\s*import[^;]*from\s*["']@aws-sdk\//m.test(source)).toBe(false);

    // Run it in plain Node, as Lambda would: an ES module importing nothing from node_modules.
    const event = {
      version: '2.0',
      routeKey: 'GET /api/{proxy+}',
      rawPath: '/api/health',
      rawQueryString: '',
      headers: { host: 'example.com' },
      isBase64Encoded: false,
      requestContext: {
        http: { method: 'GET', path: '/api/health', protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'vitest' },
        requestId: 'r-1',
        routeKey: 'GET /api/{proxy+}',
        stage: '$default',
      },
    };
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
      const response = await handler(${JSON.stringify(event)}, {});
      process.stdout.write('RESULT' + JSON.stringify(response));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: tmpdir(),
      env: {
        PATH: process.env.PATH,
        TABLE_NAME: 'intake',
        AUTH_ISSUER: 'https://issuer.example.com',
        AUTH_AUDIENCE: 'web',
        MATERIALS_BUCKET: 'materials',
        SEAL_KEYS: JSON.stringify({ qingshi: { keyId: 'arn:aws-cn:kms:cn-north-1:111122223333:key/qingshi', algorithm: 'SM2DSA' } }),
        AWS_REGION: 'cn-north-1',
      },
      encoding: 'utf8',
    });
    const response = JSON.parse(output.slice(output.indexOf('RESULT') + 'RESULT'.length)) as { statusCode: number; body: string };
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ status: 'ok' });
  });
  it.each([
    ['deadline sweep', () => stack.sweep.function, 'sweep'],
    ['stream notifier', () => stack.notifier.function, 'stream'],
    ['county figures', () => stack.figures.function, 'figures'],
  ] as const)('bundle the %s from its own entry, starting in plain Node', (_name, fn, service) => {
    const assetOf = (construct: { node: { defaultChild?: unknown } }) =>
      join(outdir, `asset.${(functionNamed(construct).Properties.Code as { S3Key: string }).S3Key.replace(/\.zip$/, '')}`);
    const dir = assetOf(fn());
    expect(dir).not.toBe(assetOf(stack.apiFunction));
    // The entry's own module is in index.mjs: its logger names the function.
    expect(readFileSync(join(dir, 'index.mjs'), 'utf8')).toContain(`service:"${service}"`);
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(dir, 'index.mjs')).href)});
      process.stdout.write('RESULT' + typeof handler);`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: tmpdir(),
      env: { PATH: process.env.PATH, TABLE_NAME: 'intake', AWS_REGION: 'cn-north-1', LOG_LEVEL: 'error' },
      encoding: 'utf8',
    });
    expect(output.slice(output.indexOf('RESULT') + 'RESULT'.length)).toBe('function');
  });
});

describe('least privilege', () => {
  const statementsOf = (fn: { role?: { node: { defaultChild?: unknown } } }) => {
    const role = logicalId(fn.role!);
    return resources('AWS::IAM::Policy')
      .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
  };
  const actionsOf = (fn: Parameters<typeof statementsOf>[0]) => statementsOf(fn).flatMap((s) => [s.Action].flat());

  it('never allows Scan, and only the API may touch the materials bucket', () => {
    for (const fn of [stack.apiFunction, stack.sweep.function, stack.notifier.function]) {
      expect(actionsOf(fn)).not.toContain('dynamodb:Scan');
    }
    expect(actionsOf(stack.apiFunction)).toEqual(expect.arrayContaining(['s3:GetObject', 's3:PutObject']));
    expect(actionsOf(stack.sweep.function).some((a) => a.startsWith('s3:'))).toBe(false);
    expect(actionsOf(stack.notifier.function).some((a) => a.startsWith('s3:'))).toBe(false);
  });

  it('lets the stream consumer read the stream and update only outbox items (claim, sent marker)', () => {
    const dynamo = actionsOf(stack.notifier.function).filter((a) => a.startsWith('dynamodb:'));
    expect(dynamo.sort()).toEqual(
      ['dynamodb:DescribeStream', 'dynamodb:GetItem', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams', 'dynamodb:UpdateItem'].sort(),
    );
    expect(actionsOf(stack.apiFunction)).not.toContain('dynamodb:GetRecords');
  });
});

describe('outputs', () => {
  it('tell the operator where the app, the API and the user pool are', () => {
    const outputs = Object.keys(template.findOutputs('*'));
    expect(outputs).toEqual(
      expect.arrayContaining(['WebUrl', 'ApiUrl', 'TableName', 'MaterialsBucketName', 'UserPoolId', 'UserPoolClientId', 'AuthIssuer', 'SignInDomain']),
    );
  });
});
