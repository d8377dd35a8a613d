import { fetchMe } from '../api/auth.js';
import { createApiClient } from '../api/client.js';
import type { OidcConfig } from '../api/sign-in-options.js';
import type { Session } from '../api/types.js';
import { currentLang } from '../i18n/lang.js';
import { sessionStore } from '../services.js';
import { authorizationUrl, completeSignIn, refreshProviderTokens, type CodeFlowEnv } from './oidc/code-flow.js';
import { OidcSignInError } from './oidc/errors.js';
import type { ProviderTokens } from './oidc/provider-tokens.js';
import { refreshStore } from './oidc/refresh-store.js';

// Loaded on demand (sign-in button, callback, renewal in OIDC mode), so a deployment with the
// local issuer never downloads the OIDC client.

/** The browser's side of the code flow: this tab's sessionStorage and this origin. */
function browserEnv(): CodeFlowEnv {
  try {
    return { storage: sessionStorage, origin: location.origin };
  } catch (cause) {
    // Without sessionStorage the verifier cannot survive the trip to the provider.
    throw new OidcSignInError('no-pending', 'sessionStorage is not available', undefined, { cause });
  }
}

/** Sends the browser to the provider to sign in; it comes back to /auth/callback. */
export async function startProviderSignIn(config: OidcConfig, next: string | undefined): Promise<void> {
  location.assign((await authorizationUrl(config, next, browserEnv())).href);
}

/** Finishes the code flow on the callback URL and starts the session; says where to go next. */
export async function finishProviderSignIn(config: OidcConfig, callbackUrl: URL): Promise<{ session: Session; next?: string }> {
  const env = browserEnv();
  const { next, ...tokens } = await completeSignIn(config, callbackUrl, env);
  const session = await sessionOf(tokens);
  refreshStore.set(tokens.refreshToken, env.storage);
  sessionStore.set(session);
  return { session, ...(next ? { next } : {}) };
}

/** A fresh session by the refresh token grant, or null when there is no refresh token or it was refused. */
export async function renewProviderSession(config: OidcConfig): Promise<Session | null> {
  const refreshToken = refreshStore.get();
  if (!refreshToken) return null;
  const tokens = await refreshProviderTokens(config, refreshToken);
  if (!tokens) {
    refreshStore.set(undefined);
    return null;
  }
  const session = await sessionOf(tokens);
  refreshStore.set(tokens.refreshToken);
  return session;
}

/** The session for an ID token: who it is comes from /api/me, which also verifies the signature. */
async function sessionOf(tokens: ProviderTokens): Promise<Session> {
  const client = createApiClient({ token: () => tokens.idToken, lang: currentLang });
  const user = await fetchMe(client);
  return { token: tokens.idToken, expiresAt: tokens.expiresAt, user };
}
