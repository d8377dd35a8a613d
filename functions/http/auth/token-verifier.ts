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

/** Tokens proven in this process, kept until they expire: a signature check costs more than the rest of a read. */
const CACHED_TOKENS = 1000;

/**
 * Verifies OIDC JWTs: signature against the issuer's JWKS, `iss`, expiry, and audience.
 * The same code checks Cognito, any OIDC provider, and the local issuer's tokens. A token once
 * proven is not proven again until its `exp` (a token never changes, and nothing here revokes
 * one before then); the most recent `CACHED_TOKENS` are kept.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const getKey = options.keys instanceof URL ? createRemoteJWKSet(options.keys) : options.keys;
  const proven = new Map<string, { principal: Principal; expiresAtMs: number }>();
  return {
    async verify(token) {
      const known = proven.get(token);
      if (known && Date.now() < known.expiresAtMs) return structuredClone(known.principal);
      proven.delete(token);
      try {
        const { payload } = await jwtVerify(token, getKey, { issuer: options.issuer, clockTolerance: 30 });
        const audiences = [payload.aud, (payload as Record<string, unknown>).client_id].flat().filter(Boolean);
        if (!audiences.some((a) => options.audiences.includes(String(a)))) {
          throw new UnauthenticatedError('token audience not accepted');
        }
        const principal = principalFromClaims(payload);
        if (typeof payload.exp === 'number') {
          if (proven.size >= CACHED_TOKENS) proven.delete(proven.keys().next().value as string);
          proven.set(token, { principal, expiresAtMs: payload.exp * 1000 });
        }
        return principal;
      } catch (error) {
        if (error instanceof UnauthenticatedError) throw error;
        if (error instanceof errors.JWTExpired) throw new TokenExpiredError('token expired');
        throw new UnauthenticatedError('token not valid', {}, { cause: error });
      }
    },
  };
}
