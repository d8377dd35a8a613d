import { Hono } from 'hono';
import type { LocalIssuer } from '../../adapters/local/local-issuer.js';
import type { AppEnv } from '../app-env.js';

/** OIDC discovery and JWKS of the local issuer, so any OIDC client can verify its tokens. */
export function localIssuerRoutes(issuer: LocalIssuer) {
  return new Hono<AppEnv>()
    .get('/.well-known/openid-configuration', (c) =>
      c.json({
        issuer: issuer.issuer,
        jwks_uri: `${issuer.issuer}/.well-known/jwks.json`,
        id_token_signing_alg_values_supported: ['ES256'],
        subject_types_supported: ['public'],
        response_types_supported: ['token'],
      }),
    )
    .get('/.well-known/jwks.json', (c) => c.json(issuer.jwks));
}
