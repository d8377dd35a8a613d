import type { OidcConfig } from '../../api/sign-in-options.js';
import { discover, type OidcTransport } from './discovery.js';

/**
 * Where to send the browser so the provider ends its own session too: the configured logout page
 * (Cognito's `/logout?client_id=…&logout_uri=…`), else the discovery document's
 * end_session_endpoint (RP-initiated logout, back to this site's home page), else nothing.
 */
export async function providerLogoutUrl(config: OidcConfig, idToken: string, origin: string, transport: OidcTransport = {}): Promise<string | undefined> {
  if (config.logoutUrl) return config.logoutUrl;
  const as = await discover(config.issuer, transport).catch(() => undefined);
  if (!as?.end_session_endpoint) return undefined;
  const url = new URL(as.end_session_endpoint);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('id_token_hint', idToken);
  url.searchParams.set('post_logout_redirect_uri', `${origin}/`);
  return url.href;
}
