import { spawnSync } from 'node:child_process';
import { AssetHashType, DockerImage, Duration, RemovalPolicy, type ILocalBundling } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge } from '../nag.js';
import { fromRepoRoot, REPO_ROOT } from '../paths.js';
import type { IntakeTable } from './intake-table.js';

/** The newest Node.js runtime Lambda and this CDK version know (cdk-nag checks for it). */
export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;

/** Log retention of every function and of the API access log. */
export const LOG_RETENTION = RetentionDays.ONE_YEAR;

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
 * CDK's local bundling step for one entry: the local esbuild (no Docker) as infra/lib/function-bundle.ts
 * says. CDK's hook is synchronous and the bundler's plugin needs esbuild's asynchronous API, so the
 * bundle is built by a child process (infra/bin/bundle-function.ts, on the Node.js running this).
 * `entry` is a field so that CDK's asset cache, which compares the bundling options as JSON, keeps
 * each function's bundle apart.
 */
class LocalFunctionBundling implements ILocalBundling {
  constructor(readonly entry: string) {}

  tryBundle(outputDir: string): boolean {
    const run = spawnSync(process.execPath, ['--import', 'tsx', fromRepoRoot('infra/bin/bundle-function.ts'), this.entry, outputDir], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`bundling ${this.entry} failed (exit code ${run.status})`);
    return true;
  }
}

/**
 * The function's code: `entry` bundled as ESM with the AWS SDK inside, split so that code only some
 * requests need is read on first use.
 */
function bundledCode(entry: string): Code {
  return Code.fromAsset(REPO_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: the local bundling either succeeds or fails synthesis.
      image: DockerImage.fromRegistry('dummy'),
      local: new LocalFunctionBundling(entry),
    },
  });
}

/**
 * One Lambda function with the project's defaults: Node.js on arm64, bundled locally by esbuild
 * (no Docker) as ESM with the AWS SDK inside the bundle (pinned to the version we test, not the
 * runtime's) and code that only some requests need in chunks read on first use, a log group kept
 * for a year.
 */
export class IntakeFunction extends LambdaFunction {
  constructor(scope: Construct, id: string, props: IntakeFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: LOG_RETENTION,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    super(scope, id, {
      code: bundledCode(props.entry),
      handler: 'index.handler',
      description: props.description,
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      logGroup,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      ...(props.deadLetterQueue ? { deadLetterQueue: props.deadLetterQueue } : {}),
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
