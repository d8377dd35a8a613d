import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ROLES } from '../../core/auth/principal.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo/accounts.js';
import type { AppEnv } from '../app-env.js';
import { SignInNotConfiguredError } from '../auth/errors.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../error-body.js';
import { authMessages } from '../i18n/messages/auth.js';
import { registerMessages } from '../i18n/translate.js';
import { validationHook } from '../validation-hook.js';

registerMessages(authMessages);

const AuthConfigSchema = z
  .discriminatedUnion('mode', [
    z.object({ mode: z.literal('local') }),
    z.object({
      mode: z.literal('oidc'),
      issuer: z.string().openapi({ example: 'https://cognito-idp.cn-north-1.amazonaws.com/cn-north-1_AbCdEf' }),
      clientId: z.string(),
      scopes: z.array(z.string()).openapi({ example: ['openid', 'profile', 'email'] }),
      logoutUrl: z.string().optional(),
      providerName: z.string().optional(),
    }),
  ])
  .openapi('AuthConfig');

const DemoAccountsSchema = z
  .object({
    password: z.string(),
    accounts: z.array(
      z.object({
        username: z.string(),
        role: z.enum(ROLES),
        name: z.string(),
        townshipId: z.string().optional(),
        countyId: z.string().optional(),
      }),
    ),
  })
  .openapi('DemoAccounts');

const configRoute = createRoute({
  method: 'get',
  operationId: 'getSignInConfig',
  security: [],
  path: '/auth/config',
  tags: ['auth'],
  summary: 'How the web app signs in: the local issuer, or an OIDC provider with the code flow + PKCE',
  responses: {
    200: { description: 'The sign-in mode and, for OIDC, the provider and client', content: { 'application/json': { schema: AuthConfigSchema } } },
    404: errorResponses[404],
  },
});

const demoAccountsRoute = createRoute({
  method: 'get',
  operationId: 'listDemoAccounts',
  security: [],
  path: '/auth/local/demo-accounts',
  tags: ['auth'],
  summary: 'The demo accounts and their password (embedded default only)',
  responses: {
    200: { description: 'One demo account per role', content: { 'application/json': { schema: DemoAccountsSchema } } },
    400: errorResponses[400],
  },
});

/**
 * What the sign-in page needs to know before it shows anything: which way to sign in, and in the
 * embedded default the demo accounts (served here so their password never ships in the web bundle).
 */
export function signInOptionRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(configRoute, (c) => {
    if (deps.localIssuer) return c.json({ mode: 'local' as const }, 200);
    if (!deps.signIn) throw new SignInNotConfiguredError('no local issuer and no OIDC client configured');
    return c.json({ mode: 'oidc' as const, ...deps.signIn }, 200);
  });
  if (!deps.localIssuer) return app;

  app.openapi(demoAccountsRoute, (c) =>
    c.json(
      {
        password: DEMO_PASSWORD,
        accounts: DEMO_ACCOUNTS.map(({ username, role, name, townshipId, countyId }) => ({
          username,
          role,
          name,
          ...(townshipId ? { townshipId } : {}),
          ...(countyId ? { countyId } : {}),
        })),
      },
      200,
    ),
  );
  return app;
}
