import { existsSync } from 'node:fs';
import { CfnElement, DefaultStackSynthesizer, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source, type ISource } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { contentSecurityPolicy, HSTS_MAX_AGE, REFERRER_POLICY, securityHeaderValues, WEB_CACHE_CONTROL } from '../../../functions/http/security-headers.js';
import { acknowledge } from '../nag.js';
import { EdgeFirewall } from './edge-firewall.js';
import { LOG_RETENTION } from './intake-function.js';

/** Shown when the stack is synthesized before `npm run build:web`: synth never fails for lack of it. */
const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>一窗受理 One-window intake</title></head>
<body><p>网站尚未构建，请运行 npm run build:web 后重新部署。</p>
<p>The web app was not built when this stack was synthesized: run npm run build:web and deploy again.</p></body></html>
`;

/** CloudFront Function: paths without a file extension are app routes, so they get the SPA shell. */
export const SPA_REWRITE = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

export interface WebSiteProps {
  /** Directory of the built web app (vite build → dist/web). */
  distDir: string;
  /** Host name of the HTTP API, served under /api/* on the same origin. */
  apiDomainName: string;
  logsBucket: IBucket;
  /** Origins the app's scripts may call besides its own (the OIDC issuer, the materials bucket). */
  connectSources: string[];
  /** An AWS WAF web ACL (CLOUDFRONT scope, made in us-east-1) made elsewhere; by default the site makes its own (EdgeFirewall). */
  webAclArn?: string;
}

/**
 * The web app on S3 behind CloudFront (origin access control, HTTPS only, security headers), with
 * /api/* routed to the HTTP API so the app and the API share one origin: no CORS, no preflights.
 *
 * SPA fallback is a viewer-request function on the S3 behaviour, not distribution-wide 403/404
 * error responses: those would also rewrite the API's own 403/404 answers into index.html.
 */
export class WebSite extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** https://… of the distribution. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: WebSiteProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: props.logsBucket,
      serverAccessLogsPrefix: 'web/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // The same headers as the app's own middleware (functions/http/security-headers.ts). On the
    // site they replace whatever S3 sends; on /api/* the API's own win (a file download carries a
    // stricter sandbox CSP), and CloudFront only fills in what is missing.
    // The pages also get the same cache policy as `npm start` sends (WEB_CACHE_CONTROL): the shell
    // asked about before each use, the hashed assets kept a year.
    const headers = securityHeadersPolicy(this, 'SecurityHeaders', props.connectSources, true, WEB_CACHE_CONTROL.shell);
    const assetHeaders = securityHeadersPolicy(this, 'AssetSecurityHeaders', props.connectSources, true, WEB_CACHE_CONTROL.asset);
    const apiHeaders = securityHeadersPolicy(this, 'ApiSecurityHeaders', props.connectSources, false);

    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      code: FunctionCode.fromInline(SPA_REWRITE),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Serve index.html for app routes',
    });

    const siteOrigin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    const firewall = new EdgeFirewall(this, 'Firewall', props.webAclArn ? { existingWebAclArn: props.webAclArn } : {});

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'One-window intake',
      webAclId: firewall.webAclArn,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_ALL,
      enableLogging: true,
      logBucket: props.logsBucket,
      logFilePrefix: 'cloudfront/',
      // The site's files go out compressed (brotli or gzip, as the viewer accepts): the caching
      // policy keys on the normalized Accept-Encoding, as compression needs.
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        compress: true,
        responseHeadersPolicy: headers,
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        // Content-hashed files: always real files (no SPA rewrite), kept by browsers for a year.
        '/assets/*': {
          origin: siteOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          compress: true,
          responseHeadersPolicy: assetHeaders,
        },
        '/api/*': {
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [OriginSslPolicy.TLS_V1_2],
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // With caching off, this policy forwards Authorization, query strings and cookies.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeaders,
        },
      },
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;

    const deployment = new BucketDeployment(this, 'Deploy', {
      sources: [webSource(props.distDir)],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
      logGroup: new LogGroup(this, 'DeployLogs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.RETAIN }),
    });
    this.acknowledgeDeploymentHandler(deployment);

    acknowledge(
      this.distribution,
      {
        id: 'AwsSolutions-CFR1',
        reason: 'No geo restriction: residents and staff working away from home must reach the service; the API checks every identity.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'The web ACL (EdgeFirewall: rate limits on lookup and sign-in) exists only where CloudFront ACLs can, in us-east-1; elsewhere the app limiter guards and a us-east-1 ACL can be passed as webAclArn.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The default *.cloudfront.net certificate has a fixed security policy; set minimumProtocolVersion TLSv1.2_2021 when a custom domain and certificate are attached.',
      },
    );
  }

  /**
   * BucketDeployment's handler is CDK's own singleton Lambda (Python, AWS CLI layer) living at the
   * stack root; it runs only while CloudFormation deploys, copying the built site into the bucket.
   */
  private acknowledgeDeploymentHandler(deployment: BucketDeployment): void {
    const stack = Stack.of(this);
    const bucketId = stack.getLogicalId(this.bucket.node.defaultChild as CfnElement);
    const assetsBucket = `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-<AWS::Region>`;
    const copyReason = 'CDK BucketDeployment grants: read the staged site from the CDK assets bucket, replace the site bucket content (sync --delete).';
    const handlers = stack.node.children.filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    for (const handler of handlers) {
      acknowledge(
        handler,
        {
          id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          reason: 'CDK deployment handler: the managed basic execution policy only writes its own logs.',
        },
        ...['Action::s3:GetObject*', 'Action::s3:GetBucket*', 'Action::s3:List*', 'Action::s3:DeleteObject*', 'Action::s3:Abort*'].map((finding) => ({
          id: `AwsSolutions-IAM5[${finding}]`,
          reason: copyReason,
        })),
        { id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/*]`, reason: copyReason },
        { id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::${assetsBucket}/*]`, reason: copyReason },
        {
          id: 'AwsSolutions-L1',
          reason: 'Runtime chosen by aws-cdk-lib for its own deployment handler; it moves forward when aws-cdk-lib is upgraded.',
        },
        {
          id: 'Serverless-LambdaLatestVersion',
          reason: 'Runtime chosen by aws-cdk-lib for its own deployment handler; it moves forward when aws-cdk-lib is upgraded.',
        },
        {
          id: 'Serverless-LambdaDLQ',
          reason: 'Custom-resource handler called by CloudFormation, which reports failures in the stack events.',
        },
        { id: 'Serverless-LambdaTracing', reason: 'Deploy-time helper owned by CDK; nothing to trace at run time.' },
      );
    }
    acknowledge(deployment, {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'cloudfront:CreateInvalidation/GetInvalidation for the post-deploy invalidation; granted by CDK on * (the distribution ARN is not passed to the handler policy).',
    });
  }
}

/** A response-headers policy with the app's security headers (and a cache policy for the site's files); `override` decides whether they replace the origin's. */
function securityHeadersPolicy(
  scope: Construct,
  id: string,
  connectSources: readonly string[],
  override: boolean,
  cacheControl?: string,
): ResponseHeadersPolicy {
  const values = securityHeaderValues(connectSources);
  const custom = ['Cross-Origin-Opener-Policy', 'X-Permitted-Cross-Domain-Policies', 'Permissions-Policy'];
  return new ResponseHeadersPolicy(scope, id, {
    comment: `One-window intake: security headers${override ? '' : ' (the API may set its own)'}${cacheControl ? `, Cache-Control ${cacheControl}` : ''}`,
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(connectSources), override },
      strictTransportSecurity: { accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE), includeSubdomains: true, override },
      contentTypeOptions: { override },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override },
      referrerPolicy: { referrerPolicy: REFERRER_POLICY as HeadersReferrerPolicy, override },
    },
    customHeadersBehavior: {
      customHeaders: [
        ...custom.map((header) => ({ header, value: values[header]!, override })),
        ...(cacheControl ? [{ header: 'Cache-Control', value: cacheControl, override: true }] : []),
      ],
    },
  });
}

function webSource(distDir: string): ISource {
  // Not the source maps, the build's precompressed copies (CloudFront compresses by itself) nor its manifest.
  if (existsSync(distDir)) return Source.asset(distDir, { exclude: ['**/*.map', '**/*.br', '**/*.gz', '.vite'] });
  return Source.data('index.html', PLACEHOLDER_PAGE);
}
