import { Node } from 'constructs';
import { App } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { authSettingsFromContext } from '../../../infra/lib/auth-settings.js';
import { synthTemplate } from '../../support/cdk-app.js';

const settingsFor = (context: Record<string, string>) => authSettingsFromContext(Node.of(new App({ context })));

describe('authSettingsFromContext', () => {
  it.each([
    ['nothing', {}, { kind: 'cognito', plusTier: false }],
    ['the Plus tier', { cognitoPlusTier: 'true' }, { kind: 'cognito', plusTier: true }],
    [
      'an OIDC provider with two audiences',
      { oidcIssuer: 'https://login.example.gov.cn/realms/county/', oidcAudience: 'web, counter-app' },
      { kind: 'oidc', issuer: 'https://login.example.gov.cn/realms/county/', audiences: ['web', 'counter-app'] },
    ],
    [
      'an OIDC provider with its own JWKS URL',
      { oidcIssuer: 'https://idp.example.com', oidcAudience: 'web', oidcJwksUrl: 'https://idp.example.com/keys' },
      { kind: 'oidc', issuer: 'https://idp.example.com', audiences: ['web'], jwksUrl: 'https://idp.example.com/keys' },
    ],
    [
      'the web client, scopes, logout page and name of a provider',
      {
        oidcIssuer: 'https://idp.example.com',
        oidcAudience: 'api,web',
        oidcClientId: 'web',
        oidcScopes: 'openid profile',
        oidcLogoutUrl: 'https://idp.example.com/logout',
        oidcProviderName: '浙里办',
      },
      {
        kind: 'oidc',
        issuer: 'https://idp.example.com',
        audiences: ['api', 'web'],
        clientId: 'web',
        scopes: 'openid profile',
        logoutUrl: 'https://idp.example.com/logout',
        providerName: '浙里办',
      },
    ],
  ])('reads %s', (_name, context, expected) => {
    expect(settingsFor(context)).toEqual(expected);
  });

  it.each([
    ['an issuer without an audience', { oidcIssuer: 'https://idp.example.com' }, /both oidcIssuer and oidcAudience/],
    ['an audience without an issuer', { oidcAudience: 'web' }, /both oidcIssuer and oidcAudience/],
    ['a plain-HTTP issuer', { oidcIssuer: 'http://idp.example.com', oidcAudience: 'web' }, /oidcIssuer/],
    [
      'a plain-HTTP logout page',
      { oidcIssuer: 'https://idp.example.com', oidcAudience: 'web', oidcLogoutUrl: 'http://idp.example.com/logout' },
      /oidcLogoutUrl/,
    ],
    ['a malformed tier flag', { cognitoPlusTier: 'yes' }, /cognitoPlusTier/],
  ])('refuses %s', (_name, context, message) => {
    expect(() => settingsFor(context)).toThrow(message);
  });
});

describe('stack with an existing OIDC provider', () => {
  let t: ReturnType<typeof synthTemplate>;
  beforeAll(() => {
    t = synthTemplate({
      context: { oidcIssuer: 'https://login.example.gov.cn/realms/county', oidcAudience: 'web,counter', oidcJwksUrl: 'https://login.example.gov.cn/jwks' },
    });
  });

  it('creates no Cognito resources', () => {
    const cognito = Object.values(t.template.toJSON().Resources as Record<string, { Type: string }>).filter((r) => r.Type.startsWith('AWS::Cognito::'));
    expect(cognito).toEqual([]);
    expect(Object.keys(t.template.findOutputs('*'))).not.toContain('UserPoolId');
  });

  it('trusts the provider at the gateway and in the function alike', () => {
    t.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: 'https://login.example.gov.cn/realms/county', Audience: ['web', 'counter'] },
    });
    const fn = t.template.toJSON().Resources[t.stack.getLogicalId(t.stack.apiFunction.node.defaultChild as never)] as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    };
    expect(fn.Properties.Environment.Variables).toMatchObject({
      AUTH_ISSUER: 'https://login.example.gov.cn/realms/county',
      AUTH_AUDIENCE: 'web,counter',
      AUTH_JWKS_URL: 'https://login.example.gov.cn/jwks',
      // The web app signs in with the first audience as its client; scopes are the function's default.
      AUTH_CLIENT_ID: 'web',
    });
    for (const unset of ['AUTH_SCOPES', 'AUTH_LOGOUT_URL', 'AUTH_PROVIDER_NAME']) {
      expect(fn.Properties.Environment.Variables[unset]).toBeUndefined();
    }
  });

  it('passes the web client, scopes, logout page and provider name to the function when given', () => {
    const context = {
      oidcIssuer: 'https://login.example.gov.cn/realms/county',
      oidcAudience: 'api,web',
      oidcClientId: 'web',
      oidcScopes: 'openid profile',
      oidcLogoutUrl: 'https://login.example.gov.cn/logout',
      oidcProviderName: '浙里办',
    };
    const other = synthTemplate({ context });
    const fn = other.template.toJSON().Resources[other.stack.getLogicalId(other.stack.apiFunction.node.defaultChild as never)] as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    };
    expect(fn.Properties.Environment.Variables).toMatchObject({
      AUTH_CLIENT_ID: 'web',
      AUTH_SCOPES: 'openid profile',
      AUTH_LOGOUT_URL: 'https://login.example.gov.cn/logout',
      AUTH_PROVIDER_NAME: '浙里办',
    });
  });

  it('lets the web app call the provider (CSP connect-src)', () => {
    const policy = Object.values(t.template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0] as { Properties: Record<string, any> };
    const csp = JSON.stringify(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy);
    expect(csp).toContain('https://login.example.gov.cn');
    expect(csp).not.toContain('amazoncognito.com');
  });
});
