import type { MiddlewareHandler } from 'hono';
import { ForbiddenError, UnauthenticatedError } from '../../core/errors.js';
import type { Principal, Role } from '../../core/auth/principal.js';
import type { AppEnv } from '../app-env.js';
import type { TokenVerifier } from './token-verifier.js';

/**
 * Verifies the bearer token when one is sent and sets `principal`. A request without a token
 * goes on anonymously (public endpoints); a request with a bad token is refused with 401.
 * In AWS the HTTP API's JWT authorizer has already checked it once; this is the second check.
 */
export function authenticate(verifier: TokenVerifier): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header) {
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!match?.[1]) throw new UnauthenticatedError('malformed authorization header');
      const principal = await verifier.verify(match[1]);
      c.set('principal', principal);
      c.set('logger', c.get('logger').child({ userId: principal.userId, role: principal.role }));
    }
    await next();
  };
}

/** Refuses with 401 when nobody is signed in, 403 when the role is not one of `roles`. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    principalOf(c.get('principal'), roles);
    await next();
  };
}

/** The signed-in principal, checked against `roles` when given; throws 401/403. */
export function principalOf(principal: Principal | undefined, roles?: readonly Role[]): Principal {
  if (!principal) throw new UnauthenticatedError('not signed in');
  if (roles && roles.length > 0 && !roles.includes(principal.role)) {
    throw new ForbiddenError(`role ${principal.role} may not do this`);
  }
  return principal;
}
