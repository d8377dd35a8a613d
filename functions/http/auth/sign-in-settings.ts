import type { ApiEnv } from '../../config/api-env.js';

/**
 * How the web app signs in against an OIDC provider (authorization code flow + PKCE, public
 * client): served to it by `GET /api/auth/config` when there is no local issuer.
 */
export interface OidcSignInSettings {
  /** The provider's issuer identifier; the web app reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  scopes: string[];
  /** The provider's sign-out page, when the discovery document has no `end_session_endpoint`. */
  logoutUrl?: string;
  /** Shown on the sign-in button; the web app uses a generic label without it. */
  providerName?: string;
}

/** The sign-in settings of a deployed API, from its environment. */
export function oidcSignInFromEnv(env: ApiEnv): OidcSignInSettings {
  const audiences = env.AUTH_AUDIENCE.split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const settings: OidcSignInSettings = {
    issuer: env.AUTH_ISSUER,
    clientId: env.AUTH_CLIENT_ID ?? audiences[0] ?? env.AUTH_AUDIENCE,
    scopes: env.AUTH_SCOPES.split(/\s+/).filter(Boolean),
  };
  if (env.AUTH_LOGOUT_URL) settings.logoutUrl = env.AUTH_LOGOUT_URL;
  if (env.AUTH_PROVIDER_NAME) settings.providerName = env.AUTH_PROVIDER_NAME;
  return settings;
}
