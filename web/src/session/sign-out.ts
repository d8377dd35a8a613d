import { clearAllDrafts } from '../pages/resident/apply/draft-storage.js';
import { sessionStore } from '../services.js';
import { loadAuthConfig } from './auth-config.js';
import { refreshStore } from './oidc/refresh-store.js';
import { signInPath } from './paths.js';

/**
 * Ends the session and opens the sign-in page, which says so. Signed in through an OIDC
 * provider, the browser then visits the provider's sign-out page when one is known, so the
 * provider's own session (a shared counter PC) ends as well.
 */
export function signOut(route: (url: string, replace?: boolean) => void): void {
  const token = sessionStore.get().session?.token;
  route(signInPath(undefined, 'signed-out'));
  sessionStore.end('signed-out');
  refreshStore.set(undefined);
  // Drafts hold personal data: signing out forgets them on this device, in every tab.
  clearAllDrafts();
  if (token) void leaveProvider(token);
}

async function leaveProvider(idToken: string): Promise<void> {
  const config = await loadAuthConfig().catch(() => null);
  if (config?.mode !== 'oidc') return;
  const { providerLogoutUrl } = await import('./oidc/logout.js');
  const url = await providerLogoutUrl(config, idToken, location.origin);
  if (url) location.assign(url);
}
