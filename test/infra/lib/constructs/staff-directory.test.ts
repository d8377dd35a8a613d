import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../../../functions/core/auth/principal.js';
import { AUTH_CALLBACK_PATH, CLAIM_ATTRIBUTES } from '../../../../infra/lib/constructs/staff-directory.js';
import { synthTemplate } from '../../../support/cdk-app.js';

type Props = Record<string, any>;
let t: ReturnType<typeof synthTemplate>;
beforeAll(() => {
  t = synthTemplate();
});
const only = (type: string) => {
  const found = Object.values(t.template.findResources(type)) as { Properties: Props; DeletionPolicy?: string }[];
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('Cognito user pool (default issuer)', () => {
  it('has exactly one group per role', () => {
    const groups = Object.values(t.template.findResources('AWS::Cognito::UserPoolGroup')) as { Properties: Props }[];
    expect(groups.map((g) => g.Properties.GroupName).sort()).toEqual([...ROLES].sort());
  });

  it('lets only administrators create users, with a strong password policy and optional TOTP MFA', () => {
    const pool = only('AWS::Cognito::UserPool');
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      DeletionProtection: 'ACTIVE',
      UserPoolTier: 'ESSENTIALS',
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
    });
  });

  it('carries the custom attributes our claim reader takes tenancy from', () => {
    const schema = only('AWS::Cognito::UserPool').Properties.Schema as { Name: string; Mutable?: boolean }[];
    for (const name of CLAIM_ATTRIBUTES) expect(schema).toContainEqual(expect.objectContaining({ Name: name, Mutable: true }));
  });

  it('gives the SPA a public client for the authorization code flow, back to the web origin', () => {
    const client = only('AWS::Cognito::UserPoolClient').Properties;
    const distribution = t.stack.getLogicalId(t.stack.web.distribution.node.defaultChild as never);
    expect(client).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
    });
    expect(client.CallbackURLs).toContainEqual({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }, AUTH_CALLBACK_PATH]],
    });
  });

  it('lets users read but never write their role and tenancy attributes', () => {
    const client = only('AWS::Cognito::UserPoolClient').Properties;
    const custom = CLAIM_ATTRIBUTES.map((name) => `custom:${name}`);
    expect(client.ReadAttributes).toEqual(expect.arrayContaining(custom));
    expect((client.WriteAttributes as string[]).filter((a) => a.startsWith('custom:'))).toEqual([]);
  });

  it('moves to the Plus plan with full threat protection when asked', () => {
    const plus = synthTemplate({ context: { cognitoPlusTier: 'true' } });
    plus.template.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });
});
