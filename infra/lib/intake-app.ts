import { App, Tags, type AppProps } from 'aws-cdk-lib';
import { authSettingsFromContext } from './auth-settings.js';
import { addNagChecks } from './nag.js';
import { IntakeStack } from './stacks/intake-stack.js';

export interface IntakeAppOptions extends AppProps {
  /** Run the cdk-nag packs at synth time. @default true */
  nag?: boolean;
}

/**
 * The CDK app as `cdk synth` builds it; the tests build it here too, so they check what deploys.
 *
 * Context options: `-c oidcIssuer=https://… -c oidcAudience=client-a,client-b [-c oidcJwksUrl=…]`
 * (an existing OIDC provider instead of a Cognito pool; with `oidcClientId`, `oidcScopes`,
 * `oidcLogoutUrl`, `oidcProviderName` for the web app's sign-in), `-c cognitoPlusTier=true`,
 * `-c devOrigins=http://localhost:5173` (extra sign-in and upload origins), `-c stackName=…`,
 * `-c logLevel=debug`, `-c webDistDir=path` (built web app; default dist/web).
 */
export function createIntakeApp(options: IntakeAppOptions = {}): { app: App; stack: IntakeStack } {
  const { nag = true, ...appProps } = options;
  const app = new App(appProps);
  const context = (key: string) => {
    const value: unknown = app.node.tryGetContext(key);
    return value === undefined || value === null ? undefined : String(value);
  };
  const devOrigins = (context('devOrigins') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const logLevel = context('logLevel') ?? 'info';
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) throw new Error(`Invalid logLevel context: ${logLevel}`);

  const stack = new IntakeStack(app, context('stackName') ?? 'OneWindowIntake', {
    description: 'One-window intake portal for township service centres',
    auth: authSettingsFromContext(app.node),
    devOrigins,
    logLevel: logLevel as 'debug' | 'info' | 'warn' | 'error',
    ...(context('webDistDir') ? { webDistDir: context('webDistDir') } : {}),
    ...(context('webAclArn') ? { webAclArn: context('webAclArn') } : {}),
  });

  Tags.of(app).add('project', 'one-window-intake');
  Tags.of(app).add('data-classification', 'personal-information');
  if (nag) addNagChecks(app);
  return { app, stack };
}
