import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK, type JWTVerifyGetKey } from 'jose';
import { STAFF_ROLES, type Principal } from '../../core/auth/principal.js';

/** Token lifetimes: staff tokens are short-lived; residents' last a working day. */
export const TOKEN_LIFETIME_SECONDS = { staff: 30 * 60, resident: 12 * 60 * 60 } as const;

/**
 * Absolute session lifetimes, counted from the sign-in (`auth_time`): renewals never carry a
 * session past them, after which the person signs in again. Staff: one working day of renewals
 * (as the Cognito refresh token, infra staff-directory). Residents: a day.
 */
export const SESSION_MAX_SECONDS = { staff: 12 * 60 * 60, resident: 24 * 60 * 60 } as const;

/** Seconds left in the session that began at `authTime` (epoch seconds) for this principal, at `now`. */
export function sessionSecondsLeft(principal: Pick<Principal, 'role'>, authTime: number, now: Date): number {
  const max = STAFF_ROLES.includes(principal.role) ? SESSION_MAX_SECONDS.staff : SESSION_MAX_SECONDS.resident;
  return authTime + max - Math.floor(now.getTime() / 1000);
}

/**
 * The built-in OIDC-style issuer of the embedded default. It signs the same claim shape a real
 * provider would send (sub, role, township, county, office, name) with an ES256 key, and publishes
 * its JWKS so the API verifies its tokens through the very same path as Cognito's.
 */
export interface LocalIssuer {
  issuer: string;
  audience: string;
  jwks: JSONWebKeySet;
  keySet: JWTVerifyGetKey;
  /**
   * Signs a token. A renewal passes the session's `authTime` (epoch seconds of the sign-in); the
   * token then carries it on and expires no later than the session's absolute end.
   */
  sign(principal: Principal, now?: Date, options?: { authTime?: number }): Promise<{ token: string; expiresAt: string }>;
}

const ALG = 'ES256';

export async function createLocalIssuer(options: { issuer: string; audience?: string; keyFile?: string }): Promise<LocalIssuer> {
  const { privateJwk, publicJwk } = await loadOrCreateKey(options.keyFile);
  const privateKey = await importJWK(privateJwk, ALG);
  const jwks: JSONWebKeySet = { keys: [publicJwk] };
  const audience = options.audience ?? 'one-window-local';
  return {
    issuer: options.issuer,
    audience,
    jwks,
    keySet: createLocalJWKSet(jwks),
    async sign(principal, now = new Date(), signOptions = {}) {
      const lifetime = STAFF_ROLES.includes(principal.role) ? TOKEN_LIFETIME_SECONDS.staff : TOKEN_LIFETIME_SECONDS.resident;
      const iat = Math.floor(now.getTime() / 1000);
      const authTime = signOptions.authTime ?? iat;
      const exp = Math.min(iat + lifetime, iat + sessionSecondsLeft(principal, authTime, now));
      if (exp <= iat) throw new Error('session has reached its absolute lifetime');
      const claims: Record<string, string | number> = { role: principal.role, name: principal.name, auth_time: authTime };
      if (principal.countyId) claims.county = principal.countyId;
      if (principal.townshipId) claims.township = principal.townshipId;
      if (principal.officeId) claims.office = principal.officeId;
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: ALG, kid: publicJwk.kid ?? 'local', typ: 'JWT' })
        .setIssuer(options.issuer)
        .setAudience(audience)
        .setSubject(principal.userId)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(privateKey);
      return { token, expiresAt: new Date(exp * 1000).toISOString() };
    },
  };
}

async function loadOrCreateKey(keyFile?: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  if (keyFile && existsSync(keyFile)) {
    return JSON.parse(readFileSync(keyFile, 'utf8')) as { privateJwk: JWK; publicJwk: JWK };
  }
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALG };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' };
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify({ privateJwk, publicJwk }), { mode: 0o600 });
  }
  return { privateJwk, publicJwk };
}
