import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '../../core/errors.js';
import type { Principal } from '../../core/auth/principal.js';
import { principalFromClaims } from './principal-from-claims.js';
import { TokenExpiredError } from './errors.js';

/** Proves a bearer token and says who it belongs to. */
export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

export interface VerifierOptions {
  issuer: string;
  /** Accepted audiences (OIDC `aud`; for Cognito access tokens, `client_id`). */
  audiences: string[];
  /** Key source: a remote JWKS URL, or a key set function (the local issuer's). */
  keys: URL | JWTVerifyGetKey;
}

/**
 * Verifies OIDC JWTs: signature against the issuer's JWKS, `iss`, expiry, and audience.
 * The same code checks Cognito, any OIDC provider, and the local issuer's tokens.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const getKey = options.keys instanceof URL ? createRemoteJWKSet(options.keys) : options.keys;
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, getKey, { issuer: options.issuer, clockTolerance: 30 });
        const audiences = [payload.aud, (payload as Record<string, unknown>).client_id].flat().filter(Boolean);
        if (!audiences.some((a) => options.audiences.includes(String(a)))) {
          throw new UnauthenticatedError('token audience not accepted');
        }
        return principalFromClaims(payload);
      } catch (error) {
        if (error instanceof UnauthenticatedError) throw error;
        if (error instanceof errors.JWTExpired) throw new TokenExpiredError('token expired');
        throw new UnauthenticatedError('token not valid', {}, { cause: error });
      }
    },
  };
}
