import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HSTS_MAX_AGE, securityHeaderValues, WEB_CACHE_CONTROL } from '../../../../functions/http/security-headers.js';
import { SPA_REWRITE } from '../../../../infra/lib/constructs/web-site.js';
import { synthTemplate } from '../../../support/cdk-app.js';

type Props = Record<string, any>;
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';
// CachingOptimized: keys on the normalized Accept-Encoding (gzip and brotli), which CloudFront's compression needs.
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

/** Runs the CloudFront Function's code on a request, as the viewer-request trigger would. */
function rewrite(uri: string): string {
  const handler = new Function(`${SPA_REWRITE}; return handler;`)() as (e: { request: { uri: string } }) => { uri: string };
  return handler({ request: { uri } }).uri;
}

/** The files the site deployment uploads, read from the synthesized asset. */
function deployedFiles(t: ReturnType<typeof synthTemplate>) {
  const deployment = Object.values(t.template.findResources('Custom::CDKBucketDeployment'))[0] as { Properties: Props };
  const key = deployment.Properties.SourceObjectKeys[0] as string;
  const dir = join(t.app.outdir, `asset.${key.replace(/\.zip$/, '')}`);
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

describe('web site', () => {
  let t: ReturnType<typeof synthTemplate>;
  beforeAll(() => {
    t = synthTemplate({ context: { webDistDir: join(tmpdir(), 'no-such-web-build') } });
  });
  const distribution = () =>
    (Object.values(t.template.findResources('AWS::CloudFront::Distribution'))[0] as { Properties: Props }).Properties.DistributionConfig;

  it('serves the bucket through origin access control over HTTPS, index.html at the root', () => {
    t.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    expect(distribution()).toMatchObject({
      DefaultRootObject: 'index.html',
      DefaultCacheBehavior: {
        ViewerProtocolPolicy: 'redirect-to-https',
        ResponseHeadersPolicyId: { Ref: expect.stringMatching(/SecurityHeaders/) },
        FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: expect.anything() }],
      },
      Logging: { Prefix: 'cloudfront/' },
    });
  });

  it('compresses the site’s files (brotli or gzip, as the viewer accepts) on the pages and on the hashed assets (issue 12)', () => {
    const assets = (distribution().CacheBehaviors as Props[]).find((b) => b.PathPattern === '/assets/*');
    for (const behaviour of [distribution().DefaultCacheBehavior, assets!]) {
      expect(behaviour).toMatchObject({ Compress: true, CachePolicyId: CACHING_OPTIMIZED, ViewerProtocolPolicy: 'redirect-to-https' });
    }
    // The assets come from the same bucket, as files: no SPA rewrite.
    expect(assets!.TargetOriginId).toBe(distribution().DefaultCacheBehavior.TargetOriginId);
    expect(assets!.FunctionAssociations).toBeUndefined();
  });

  it('sends /api/* uncached to the HTTP API with the caller’s headers, and never rewrites its errors', () => {
    const api = (distribution().CacheBehaviors as Props[]).find((b) => b.PathPattern === '/api/*');
    expect(api).toMatchObject({
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: expect.arrayContaining(['POST', 'PUT', 'PATCH', 'DELETE']),
      CachePolicyId: CACHING_DISABLED,
      OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST,
    });
    const origin = (distribution().Origins as Props[]).find((o) => o.Id === api!.TargetOriginId);
    expect(origin!.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    expect(distribution().CustomErrorResponses).toBeUndefined();
  });

  it('sets security headers: CSP, HSTS, nosniff, no framing', () => {
    const policy = (Object.values(t.template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0] as { Properties: Props }).Properties
      .ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(policy).toMatchObject({
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY' },
      StrictTransportSecurity: { AccessControlMaxAgeSec: 730 * 24 * 3600, IncludeSubdomains: true },
    });
    expect(JSON.stringify(policy.ContentSecurityPolicy)).toContain("frame-ancestors 'none'");
  });

  it.each([
    ['/', '/index.html'],
    ['/counter/cases/2026-0001', '/index.html'],
    ['/assets/index-3f2a.js', '/assets/index-3f2a.js'],
    ['/favicon.ico', '/favicon.ico'],
  ])('rewrites %s to %s (SPA fallback)', (uri, expected) => {
    expect(rewrite(uri)).toBe(expected);
  });

  it('deploys a placeholder page when the web app was not built, so synth never fails', () => {
    expect(deployedFiles(t)['index.html']).toContain('npm run build:web');
  });

  it('deploys the built web app without its source maps, precompressed copies and manifest', () => {
    const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>built</title>');
    writeFileSync(join(dist, 'app.js'), 'console.log(1)');
    writeFileSync(join(dist, 'app.js.map'), '{}');
    writeFileSync(join(dist, 'app.js.br'), 'brotli');
    writeFileSync(join(dist, 'app.js.gz'), 'gzip');
    mkdirSync(join(dist, '.vite'));
    writeFileSync(join(dist, '.vite', 'manifest.json'), '{}');

    const files = deployedFiles(synthTemplate({ context: { webDistDir: dist } }));

    expect(Object.keys(files).sort()).toEqual(['app.js', 'index.html']);
    expect(files['index.html']).toContain('built');
  });
});

describe('web site security headers (issue 10, finding 5)', () => {
  type Policy = { Properties: { ResponseHeadersPolicyConfig: Props } };
  let t: ReturnType<typeof synthTemplate>;
  beforeAll(() => {
    t = synthTemplate({ context: { webDistDir: join(tmpdir(), 'no-such-web-build') } });
  });
  const policies = () => Object.entries(t.template.findResources('AWS::CloudFront::ResponseHeadersPolicy')) as [string, Policy][];
  const behaviour = (pattern?: string) => {
    const config = (Object.values(t.template.findResources('AWS::CloudFront::Distribution'))[0] as { Properties: Props }).Properties.DistributionConfig;
    return pattern ? (config.CacheBehaviors as Props[]).find((b) => b.PathPattern === pattern)! : config.DefaultCacheBehavior;
  };

  it.each([
    ['the pages', undefined, true],
    ['the hashed assets', '/assets/*', true],
    ['/api/*', '/api/*', false],
  ])('%s get the same headers as the app middleware (override: %s)', (_what, pattern, override) => {
    const id = behaviour(pattern).ResponseHeadersPolicyId.Ref as string;
    const policy = policies().find(([logicalId]) => logicalId === id)![1].Properties.ResponseHeadersPolicyConfig;
    const ours = securityHeaderValues(['CONNECT']);
    const csp = policy.SecurityHeadersConfig.ContentSecurityPolicy;
    expect(csp.Override).toBe(override);
    // The connect sources are tokens in the template; the rest of the policy is the app's, word for word.
    const text = JSON.stringify(csp.ContentSecurityPolicy);
    for (const directive of ours['Content-Security-Policy']!.split('; ').filter((d) => !d.startsWith('connect-src'))) expect(text).toContain(directive);
    expect(text).toContain("script-src 'self'");
    expect(text).not.toContain('unsafe-inline');
    expect(policy.SecurityHeadersConfig).toMatchObject({
      ContentTypeOptions: { Override: override },
      FrameOptions: { FrameOption: 'DENY', Override: override },
      ReferrerPolicy: { ReferrerPolicy: ours['Referrer-Policy'], Override: override },
      StrictTransportSecurity: { AccessControlMaxAgeSec: HSTS_MAX_AGE, IncludeSubdomains: true },
    });
    expect(policy.CustomHeadersConfig.Items).toEqual(
      expect.arrayContaining(
        ['Cross-Origin-Opener-Policy', 'Permissions-Policy'].map((header) => ({ Header: header, Value: ours[header], Override: override })),
      ),
    );
  });

  it.each([
    ['the pages (the shell is asked about before each use)', undefined, WEB_CACHE_CONTROL.shell],
    ['the hashed assets (kept a year)', '/assets/*', WEB_CACHE_CONTROL.asset],
  ])('%s: Cache-Control %s, as npm start sends it (issue 12)', (_what, pattern, value) => {
    const id = behaviour(pattern).ResponseHeadersPolicyId.Ref as string;
    const policy = policies().find(([logicalId]) => logicalId === id)![1].Properties.ResponseHeadersPolicyConfig;
    expect(policy.CustomHeadersConfig.Items).toContainEqual({ Header: 'Cache-Control', Value: value, Override: true });
  });

  it('leaves the API’s own caching headers alone', () => {
    const id = behaviour('/api/*').ResponseHeadersPolicyId.Ref as string;
    const policy = policies().find(([logicalId]) => logicalId === id)![1].Properties.ResponseHeadersPolicyConfig;
    expect((policy.CustomHeadersConfig.Items as Props[]).map((h) => h.Header)).not.toContain('Cache-Control');
  });
});
