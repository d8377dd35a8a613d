import { Aws, Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  UserPoolDomain,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLES, type Role } from '../../../functions/core/auth/principal.js';
import { acknowledge } from '../nag.js';

/** Where the web app receives the authorization code (auth code + PKCE). */
export const AUTH_CALLBACK_PATH = '/auth/callback';

/** What the web app asks for; the ID token then carries name, email and the custom attributes. */
export const WEB_SCOPES = [OAuthScope.OPENID, OAuthScope.PROFILE, OAuthScope.EMAIL] as const;

/** Custom attributes our claim reader takes tenancy from (`custom:township` …, principal-from-claims.ts). */
export const CLAIM_ATTRIBUTES = ['township', 'county', 'office', 'role'] as const;

const ROLE_DESCRIPTIONS: Record<Role, string> = {
  resident: '申请人 Resident applicant (person or business)',
  proxy: '代办员 Village proxy applying for residents',
  clerk: '综合窗口受理员 Counter clerk (whole-subject intake)',
  reviewer: '后台审批人员 Back-office reviewer',
  approver: '审批负责人 Approver under the one seal',
  county_officer: '县直部门 County department officer',
  supervisor: '县政务服务中心督查 County supervisor',
  admin: '事项清单管理员 Catalogue administrator',
};

export interface StaffDirectoryProps {
  /** The web app's origin (https://…), for the OAuth callback and sign-out URLs. */
  webOrigin: string;
  /** Further origins allowed to sign in, e.g. http://localhost:5173 for development. */
  extraOrigins?: string[];
  /** Cognito Plus plan with threat protection (costs per active user). */
  plusTier: boolean;
}

/**
 * The Cognito user pool for staff: accounts are created by an administrator (no self sign-up),
 * each user is put in exactly one group named after their role, and tenancy comes from custom
 * attributes only administrators can write.
 */
export class StaffDirectory extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** The `iss` of the pool's tokens. */
  readonly issuer: string;
  /** The hosted sign-out page, returning to the web app's home page (Cognito has no end_session_endpoint). */
  readonly logoutUrl: string;

  constructor(scope: Construct, id: string, props: StaffDirectoryProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true }, fullname: { required: true, mutable: true } },
      customAttributes: Object.fromEntries(CLAIM_ATTRIBUTES.map((name) => [name, new StringAttribute({ minLen: 1, maxLen: 64, mutable: true })])),
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: props.plusTier ? FeaturePlan.PLUS : FeaturePlan.ESSENTIALS,
      ...(props.plusTier ? { standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION } : {}),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.userPool, {
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is optional, as the issue asks: staff enrol a TOTP app (offered at first sign-in); not every village proxy or resident has a second device, and SMS MFA would need an SNS sender the counties do not have yet.',
    });
    if (!props.plusTier) {
      acknowledge(this.userPool, {
        id: 'AwsSolutions-COG8',
        reason:
          'The Essentials plan is the default to keep per-user cost low for townships; deploy with `-c cognitoPlusTier=true` to get the Plus plan with full-function threat protection.',
      });
    }

    ROLES.forEach((role, index) => {
      new UserPoolGroup(this, `Group-${role}`, {
        userPool: this.userPool,
        groupName: role,
        description: ROLE_DESCRIPTIONS[role],
        precedence: index,
      });
    });

    const origins = [props.webOrigin, ...(props.extraOrigins ?? [])];
    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [...WEB_SCOPES],
        callbackUrls: origins.map((origin) => `${origin}${AUTH_CALLBACK_PATH}`),
        logoutUrls: origins.map((origin) => `${origin}/`),
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // Staff tokens are short-lived (principal.ts STAFF_ROLES); the refresh token covers a working day.
      accessTokenValidity: Duration.minutes(30),
      idTokenValidity: Duration.minutes(30),
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true, preferredUsername: true })
        .withCustomAttributes(...CLAIM_ATTRIBUTES),
      // Users must never write their own role or tenancy: only standard profile fields.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true, preferredUsername: true }),
    });

    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: Fn.join('-', [Stack.of(this).stackName.toLowerCase(), Aws.ACCOUNT_ID]) },
    });
    this.issuer = `https://${this.userPool.userPoolProviderUrl}`;
    // logout_uri must be one of the client's logoutUrls exactly.
    this.logoutUrl = `${this.domain.baseUrl()}/logout?client_id=${this.client.userPoolClientId}&logout_uri=${props.webOrigin}/`;
  }
}
