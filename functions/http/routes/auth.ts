import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { decodeJwt } from 'jose';
import { InvalidCredentialsError, SessionLimitReachedError } from '../auth/errors.js';
import { sessionSecondsLeft } from '../../adapters/local/local-issuer.js';
import { workspaceOf, type Principal } from '../../core/auth/principal.js';
import { verifyPassword } from '../../adapters/local/password.js';
import type { AppEnv } from '../app-env.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../error-body.js';
import { principalOf } from '../auth/middleware.js';
import { validationHook } from '../validation-hook.js';

const PrincipalSchema = z
  .object({
    userId: z.string(),
    role: z.string(),
    name: z.string(),
    countyId: z.string().optional(),
    townshipId: z.string().optional(),
    officeId: z.string().optional(),
    workspace: z.enum(['resident', 'counter', 'office', 'county']),
  })
  .openapi('Me');

const SessionSchema = z.object({ token: z.string(), expiresAt: z.string(), user: PrincipalSchema }).openapi('Session');

const LoginSchema = z
  .object({
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(200),
  })
  .openapi('LoginRequest');

const meRoute = createRoute({
  method: 'get',
  operationId: 'getMe',
  path: '/me',
  tags: ['auth'],
  summary: 'Who is signed in',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'The signed-in user', content: { 'application/json': { schema: PrincipalSchema } } },
    401: errorResponses[401],
  },
});

const loginRoute = createRoute({
  method: 'post',
  operationId: 'logIn',
  security: [],
  path: '/auth/local/login',
  tags: ['auth'],
  summary: 'Sign in with a local account (embedded default only)',
  request: { body: { required: true, content: { 'application/json': { schema: LoginSchema } } } },
  responses: {
    200: { description: 'A signed token', content: { 'application/json': { schema: SessionSchema } } },
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

const refreshRoute = createRoute({
  method: 'post',
  operationId: 'refreshSession',
  path: '/auth/local/refresh',
  tags: ['auth'],
  summary: 'Exchange a still-valid local token for a fresh one (embedded default only)',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'A new token', content: { 'application/json': { schema: SessionSchema } } },
    401: errorResponses[401],
  },
});

const view = (p: Principal) => ({ ...p, workspace: workspaceOf(p.role) });

export function authRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(meRoute, (c) => c.json(view(principalOf(c.get('principal'))), 200));

  const issuer = deps.localIssuer;
  if (!issuer) return app;

  app.openapi(loginRoute, async (c) => {
    const { username, password } = c.req.valid('json');
    const account = await deps.accounts.findByUsername(username);
    // Hash even for unknown users, so timing does not tell which usernames exist.
    const ok = await verifyPassword(password, account?.passwordHash ?? 'scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
    if (!account || !ok) throw new InvalidCredentialsError('wrong credentials');
    const principal: Principal = { userId: account.userId, role: account.role, name: account.name };
    if (account.countyId) principal.countyId = account.countyId;
    if (account.townshipId) principal.townshipId = account.townshipId;
    if (account.officeId) principal.officeId = account.officeId;
    const session = await issuer.sign(principal, deps.now());
    c.get('logger').info('signed in', { userId: account.userId, role: account.role });
    return c.json({ ...session, user: view(principal) }, 200);
  });

  app.openapi(refreshRoute, async (c) => {
    const principal = principalOf(c.get('principal'));
    // The bearer token was verified by `authenticate`; its sign-in time bounds the session.
    const claims = decodeJwt(c.req.header('authorization')!.replace(/^Bearer\s+/i, ''));
    const authTime = typeof claims.auth_time === 'number' ? claims.auth_time : (claims.iat ?? 0);
    const now = deps.now();
    if (sessionSecondsLeft(principal, authTime, now) <= 0) throw new SessionLimitReachedError('session lifetime reached');
    const session = await issuer.sign(principal, now, { authTime });
    return c.json({ ...session, user: view(principal) }, 200);
  });

  return app;
}
