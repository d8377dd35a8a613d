import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { STAFF_ROLES, type Principal } from '../../core/auth/principal.js';

/** Token lifetimes: staff tokens are short-lived; residents' last a working day. */
export const TOKEN_LIFETIME_SECONDS = { staff: 30 * 60, resident: 12 * 60 * 60 } as const;

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
  sign(principal: Principal, now?: Date): Promise<{ token: string; expiresAt: string }>;
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
    async sign(principal, now = new Date()) {
      const lifetime = STAFF_ROLES.includes(principal.role) ? TOKEN_LIFETIME_SECONDS.staff : TOKEN_LIFETIME_SECONDS.resident;
      const iat = Math.floor(now.getTime() / 1000);
      const claims: Record<string, string> = { role: principal.role, name: principal.name };
      if (principal.countyId) claims.county = principal.countyId;
      if (principal.townshipId) claims.township = principal.townshipId;
      if (principal.officeId) claims.office = principal.officeId;
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: ALG, kid: publicJwk.kid ?? 'local', typ: 'JWT' })
        .setIssuer(options.issuer)
        .setAudience(audience)
        .setSubject(principal.userId)
        .setIssuedAt(iat)
        .setExpirationTime(iat + lifetime)
        .sign(privateKey);
      return { token, expiresAt: new Date((iat + lifetime) * 1000).toISOString() };
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
