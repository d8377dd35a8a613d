import { loadAuthConfig } from '../../session/auth-config.js';
import { OidcSignInError } from '../../session/oidc/errors.js';
import { AUTH_CALLBACK_PATH, WORKSPACE_PATHS } from '../../session/paths.js';

let current: { search: string; done: Promise<string> } | undefined;

/**
 * Finishes the provider's answer on this page once, however often the page renders: the code
 * can be exchanged only once. Resolves with the path to go to (`next`, or the user's workspace).
 */
export function finishSignInOnce(): Promise<string> {
  const search = location.search;
  if (!current || (search && search !== current.search)) current = { search, done: finish(new URL(location.href)) };
  return current.done;
}

async function finish(callbackUrl: URL): Promise<string> {
  // The code and state leave the address bar and the history at once.
  history.replaceState(history.state, '', AUTH_CALLBACK_PATH);
  const config = await loadAuthConfig();
  if (config.mode !== 'oidc') throw new OidcSignInError('not-oidc', 'this deployment signs in with its local issuer');
  const { finishProviderSignIn } = await import('../../session/provider-session.js');
  const { session, next } = await finishProviderSignIn(config, callbackUrl);
  return next ?? WORKSPACE_PATHS[session.user.workspace];
}
