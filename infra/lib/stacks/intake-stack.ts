import { Aws, CfnElement, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { API_ENV } from '../../../functions/config/api-env.js';
import { MATERIAL_PREFIX, UPLOAD_PREFIX } from '../../../functions/adapters/s3/material-keys.js';
import { SWEEP_ENV } from '../../../functions/config/sweep-env.js';
import type { AuthSettings } from '../auth-settings.js';
import { AccessLogsBucket } from '../constructs/access-logs-bucket.js';
import { CaseEventNotifier } from '../constructs/case-event-notifier.js';
import { CountyFigures } from '../constructs/county-figures.js';
import { DeadlineSweep } from '../constructs/deadline-sweep.js';
import { IntakeApi, type JwtIssuer } from '../constructs/intake-api.js';
import { IntakeFunction } from '../constructs/intake-function.js';
import { IntakeTable } from '../constructs/intake-table.js';
import { MaterialsBucket } from '../constructs/materials-bucket.js';
import { AnchorsBucket } from '../constructs/anchors-bucket.js';
import { SealKeys, sealKeysPropsFromContext, type SealKeysProps } from '../constructs/seal-keys.js';
import { StaffDirectory, WEB_SCOPES } from '../constructs/staff-directory.js';
import { WebSite } from '../constructs/web-site.js';
import { acknowledge } from '../nag.js';
import { fromRepoRoot } from '../paths.js';

export interface IntakeStackProps extends StackProps {
  auth: AuthSettings;
  /** Extra origins for sign-in callbacks and uploads, e.g. http://localhost:5173. */
  devOrigins?: string[];
  /** @default info */
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /** @default <repo>/dist/web */
  webDistDir?: string;
  /** Seal owners and key spec; @default from context `sealOwners` / `sealAlgorithm` (demo owners, by region). */
  seal?: SealKeysProps;
  /** An AWS WAF web ACL for the distribution made in us-east-1; by default the stack makes one (there). */
  webAclArn?: string;
  /**
   * Applicants' messages: the public site's short origin (the lookup link in every SMS), the
   * SES identity e-mail is sent from, the SMS sender id. @default from context `siteUrl`, `emailFrom`, `smsSenderId`.
   */
  messages?: { siteUrl?: string; emailFrom?: string; smsSenderId?: string };
}

/**
 * Everything one county deploys: table, materials bucket, HTTP API and its function, the issuer
 * (Cognito or an existing OIDC provider), the deadline sweep, the case-event notifier, and the web
 * app on CloudFront. Environment-agnostic: no lookups, deployable to any account and region.
 */
export class IntakeStack extends Stack {
  readonly table: IntakeTable;
  readonly api: IntakeApi;
  readonly apiFunction: IntakeFunction;
  readonly web: WebSite;
  readonly materials: MaterialsBucket;
  /** The counties' signed daily anchors of chain heads (Object Lock, compliance mode). */
  readonly anchors: AnchorsBucket;
  readonly directory?: StaffDirectory;
  readonly sweep: DeadlineSweep;
  readonly notifier: CaseEventNotifier;
  readonly figures: CountyFigures;
  readonly sealKeys: SealKeys;

  constructor(scope: Construct, id: string, props: IntakeStackProps) {
    super(scope, id, props);
    const logLevel = props.logLevel ?? 'info';
    const devOrigins = props.devOrigins ?? [];

    this.table = new IntakeTable(this, 'Table');
    const logs = new AccessLogsBucket(this, 'AccessLogs');

    // The API exists before its routes: the distribution needs its host name, and the issuer
    // (whose callback URLs need the distribution) must exist before the authorizer.
    this.api = new IntakeApi(this, 'Api');
    const oidcOrigin = props.auth.kind === 'oidc' ? new URL(props.auth.issuer).origin : undefined;
    this.web = new WebSite(this, 'Web', {
      distDir: props.webDistDir ?? fromRepoRoot('dist/web'),
      apiDomainName: this.api.domainName,
      ...(props.webAclArn ? { webAclArn: props.webAclArn } : {}),
      logsBucket: logs,
      connectSources: [
        `https://*.s3.${Aws.REGION}.${Aws.URL_SUFFIX}`,
        ...(oidcOrigin ? [oidcOrigin] : [`https://cognito-idp.${Aws.REGION}.${Aws.URL_SUFFIX}`, 'https://*.amazoncognito.com']),
      ],
    });

    this.materials = new MaterialsBucket(this, 'Materials', {
      uploadOrigins: [this.web.origin, ...devOrigins],
      serverAccessLogsBucket: logs,
    });

    this.anchors = new AnchorsBucket(this, 'Anchors', { serverAccessLogsBucket: logs });

    let jwt: JwtIssuer & { jwksUrl?: string };
    // How the web app signs in (served by GET /api/auth/config): code flow + PKCE, public client.
    let signIn: Record<string, string | undefined>;
    if (props.auth.kind === 'cognito') {
      this.directory = new StaffDirectory(this, 'Staff', {
        webOrigin: this.web.origin,
        extraOrigins: devOrigins,
        plusTier: props.auth.plusTier,
      });
      jwt = { issuer: this.directory.issuer, audiences: [this.directory.client.userPoolClientId] };
      signIn = {
        [API_ENV.AUTH_CLIENT_ID]: this.directory.client.userPoolClientId,
        [API_ENV.AUTH_SCOPES]: WEB_SCOPES.map((s) => s.scopeName).join(' '),
        [API_ENV.AUTH_LOGOUT_URL]: this.directory.logoutUrl,
      };
    } else {
      const { auth } = props;
      jwt = { issuer: auth.issuer, audiences: auth.audiences, ...(auth.jwksUrl ? { jwksUrl: auth.jwksUrl } : {}) };
      signIn = {
        [API_ENV.AUTH_CLIENT_ID]: auth.clientId ?? auth.audiences[0],
        [API_ENV.AUTH_SCOPES]: auth.scopes,
        [API_ENV.AUTH_LOGOUT_URL]: auth.logoutUrl,
        [API_ENV.AUTH_PROVIDER_NAME]: auth.providerName,
      };
    }

    this.apiFunction = new IntakeFunction(this, 'ApiFunction', {
      entry: 'functions/http/lambda.ts',
      description: 'One-window intake HTTP API (Hono)',
      memorySize: 1024,
      timeout: Duration.seconds(29),
      environment: {
        [API_ENV.AUTH_ISSUER]: jwt.issuer,
        [API_ENV.AUTH_AUDIENCE]: jwt.audiences.join(','),
        ...(jwt.jwksUrl ? { [API_ENV.AUTH_JWKS_URL]: jwt.jwksUrl } : {}),
        ...definedOnly(signIn),
        [API_ENV.MATERIALS_BUCKET]: this.materials.bucketName,
        [API_ENV.ANCHOR_BUCKET]: this.anchors.bucketName,
        [API_ENV.LOG_LEVEL]: logLevel,
      },
    }).bindTable(this.table, 'read-write', API_ENV.TABLE_NAME);
    // Presigned PUTs go to incoming/ (signed with the function's role); the function checks what
    // arrived, copies it to materials/ and deletes the upload. Reads are from materials/ only.
    this.apiFunction.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        resources: [this.materials.arnForObjects(`${UPLOAD_PREFIX}*`)],
      }),
    );
    this.apiFunction.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [this.materials.arnForObjects(`${MATERIAL_PREFIX}*`)],
      }),
    );
    // The audit reads the anchors (list and get under anchors/); nothing in the API writes or deletes them.
    this.apiFunction.addToRolePolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:GetObject'], resources: [this.anchors.arnForObjects('anchors/*')] }),
    );
    this.apiFunction.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['s3:ListBucket'],
        resources: [this.anchors.bucketArn],
        conditions: { StringLike: { 's3:prefix': ['anchors/*'] } },
      }),
    );
    this.sealKeys = new SealKeys(this, 'SealKeys', props.seal ?? sealKeysPropsFromContext(this));
    this.sealKeys.grantSealing(this.apiFunction, API_ENV.SEAL_KEYS);
    this.api.addRoutes(this.apiFunction, jwt);

    const sweep = new DeadlineSweep(this, 'DeadlineSweep', { table: this.table, logLevel });
    const messages = props.messages ?? {
      siteUrl: this.node.tryGetContext('siteUrl') as string | undefined,
      emailFrom: this.node.tryGetContext('emailFrom') as string | undefined,
      smsSenderId: this.node.tryGetContext('smsSenderId') as string | undefined,
    };
    if (messages.siteUrl) {
      this.apiFunction.addEnvironment(API_ENV.SITE_URL, messages.siteUrl);
      sweep.function.addEnvironment(SWEEP_ENV.SITE_URL, messages.siteUrl);
    }
    const notifier = new CaseEventNotifier(this, 'Notifier', {
      table: this.table,
      logLevel,
      ...(messages.emailFrom ? { emailFrom: messages.emailFrom } : {}),
      ...(messages.smsSenderId ? { smsSenderId: messages.smsSenderId } : {}),
    });

    acknowledge(
      this.apiFunction,
      {
        id: 'Serverless-LambdaDLQ',
        reason: 'Invoked synchronously by API Gateway only; the caller sees the error, there is no asynchronous event to keep.',
      },
      ...[UPLOAD_PREFIX, MATERIAL_PREFIX].map((prefix) => ({
        id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(this.materials.node.defaultChild as CfnElement)}.Arn>/${prefix}*]`,
        reason:
          'Object keys are per upload and not known in advance; the API checks the caller before it signs a GET or PUT URL. Uploads land in incoming/, checked copies in materials/ (the bucket policy refuses plain PUTs and deletes there). No listing.',
      })),
      {
        id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(this.anchors.node.defaultChild as CfnElement)}.Arn>/anchors/*]`,
        reason: 'One anchor object per county and day, named by date; the API only reads them (the audit). Object Lock refuses overwrites and deletes.',
      },
    );
    this.sweep = sweep;
    this.notifier = notifier;
    this.figures = new CountyFigures(this, 'Figures', { table: this.table, logLevel });
    this.addOutputs();
  }

  private addOutputs(): void {
    new CfnOutput(this, 'WebUrl', { value: this.web.origin, description: 'The web app (and /api on the same origin)' });
    new CfnOutput(this, 'ApiUrl', { value: this.api.httpApi.apiEndpoint, description: 'The HTTP API, directly' });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'MaterialsBucketName', { value: this.materials.bucketName });
    new CfnOutput(this, 'AnchorsBucketName', {
      value: this.anchors.bucketName,
      description: "Counties' signed daily anchors of case chain heads (Object Lock)",
    });
    if (this.directory) {
      new CfnOutput(this, 'UserPoolId', { value: this.directory.userPool.userPoolId });
      new CfnOutput(this, 'UserPoolClientId', { value: this.directory.client.userPoolClientId });
      new CfnOutput(this, 'AuthIssuer', { value: this.directory.issuer });
      new CfnOutput(this, 'SignInDomain', { value: this.directory.domain.baseUrl() });
    }
  }
}

/** Leaves out unset variables, so the function's defaults apply. */
function definedOnly(variables: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(variables).filter((e): e is [string, string] => e[1] !== undefined));
}
