import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge } from '../nag.js';
import { fromRepoRoot } from '../paths.js';
import type { IntakeTable } from './intake-table.js';

/** The newest Node.js runtime Lambda and this CDK version know (cdk-nag checks for it). */
export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;

/** Log retention of every function and of the API access log. */
export const LOG_RETENTION = RetentionDays.ONE_YEAR;

// ESM output cannot `require`; a few CommonJS dependencies still call it for Node built-ins.
const REQUIRE_SHIM = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

export interface IntakeFunctionProps {
  /** Entry file relative to the repository root; it exports `handler`. */
  entry: string;
  description: string;
  /** @default 512 */
  memorySize?: number;
  /** @default 30 seconds */
  timeout?: Duration;
  environment?: Record<string, string>;
  /** Dead-letter queue for asynchronous invocations (schedules); not used by API or stream. */
  deadLetterQueue?: IQueue;
}

const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable'];
const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

/**
 * How a function may use the table. Unlike `grantReadWriteData`, no access includes Scan (the
 * project reads only by keys and indexes, and IAM now enforces it) and indexes are named one by
 * one. `items` is GetItem/PutItem on the base table only.
 */
export type TableAccess = 'read' | 'read-write' | 'items';

/**
 * One Lambda function with the project's defaults: Node.js on arm64, bundled locally by esbuild
 * (no Docker) as ESM with the AWS SDK inside the bundle (pinned to the version we test, not the
 * runtime's), a log group kept for a year.
 */
export class IntakeFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: IntakeFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: LOG_RETENTION,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    super(scope, id, {
      entry: fromRepoRoot(props.entry),
      handler: 'handler',
      description: props.description,
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      logGroup,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      projectRoot: fromRepoRoot(),
      depsLockFilePath: fromRepoRoot('package-lock.json'),
      ...(props.deadLetterQueue ? { deadLetterQueue: props.deadLetterQueue } : {}),
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node24',
        mainFields: ['module', 'main'],
        externalModules: [],
        minify: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        banner: REQUIRE_SHIM,
      },
    });
    acknowledge(
      this,
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'The AWS managed basic execution policy only lets the function write its own CloudWatch logs.',
      },
      {
        id: 'Serverless-LambdaTracing',
        reason:
          'X-Ray is off until the SDK clients are instrumented (e.g. Powertools Tracer): uninstrumented traces add cost and show only the duration already in the logs.',
      },
    );
  }

  /** Grants the access and sets the table-name variable in one call, so the two never disagree. */
  bindTable(table: IntakeTable, access: TableAccess, variable: string): this {
    this.addEnvironment(variable, table.tableName);
    const statement =
      access === 'items'
        ? { actions: ['dynamodb:GetItem', 'dynamodb:PutItem'], resources: [table.tableArn] }
        : {
            actions: access === 'read' ? READ_ACTIONS : [...READ_ACTIONS, ...WRITE_ACTIONS],
            resources: [table.tableArn, ...table.indexArns],
          };
    this.addToRolePolicy(new PolicyStatement(statement));
    return this;
  }
}
