import { refreshLocal } from '../api/auth.js';
import type { Session } from '../api/types.js';
import { api } from '../services.js';
import { loadAuthConfig } from './auth-config.js';

/**
 * A fresh session before the current one expires: from the local issuer, or from the OIDC
 * provider by the refresh token grant. Null when it cannot be renewed (no refresh token, or the
 * provider refused it): the session then ends at its expiry and the user signs in again.
 */
export async function renewSession(): Promise<Session | null> {
  const config = await loadAuthConfig();
  if (config.mode === 'local') return refreshLocal(api);
  const { renewProviderSession } = await import('./provider-session.js');
  return renewProviderSession(config);
}
