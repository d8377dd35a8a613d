import {
  authorizationCodeGrantRequest,
  AuthorizationResponseError,
  JWT_CLAIM_COMPARISON,
  None,
  OperationProcessingError,
  processAuthorizationCodeResponse,
  refreshTokenGrantRequest,
  processRefreshTokenResponse,
  ResponseBodyError,
  validateAuthResponse,
  type Client,
} from 'oauth4webapi';
import type { OidcConfig } from '../../api/sign-in-options.js';
import { AUTH_CALLBACK_PATH } from '../paths.js';
import { discover, requestOptions, type OidcTransport } from './discovery.js';
import { OidcSignInError } from './errors.js';
import { beginPendingSignIn, nextFromState, takePendingSignIn } from './pending-sign-in.js';
import { createPkcePair } from './pkce.js';
import { providerTokensOf, type ProviderTokens } from './provider-tokens.js';

/** Where the code flow keeps its state and where the provider sends the user back. */
export interface CodeFlowEnv extends OidcTransport {
  storage: Storage;
  /** This site's origin; the redirect URI is `<origin>/auth/callback`. */
  origin: string;
}

const clientOf = (config: OidcConfig): Client => ({ client_id: config.clientId });
const redirectUriOf = (origin: string) => `${origin}${AUTH_CALLBACK_PATH}`;

/**
 * The provider's authorization URL for a new sign-in: code flow, PKCE S256, fresh state and
 * nonce (kept in sessionStorage with the verifier), `next` carried through the state.
 */
export async function authorizationUrl(config: OidcConfig, next: string | undefined, env: CodeFlowEnv): Promise<URL> {
  const as = await discover(config.issuer, env);
  if (!as.authorization_endpoint) throw new OidcSignInError('network', 'the provider has no authorization_endpoint');
  const pkce = await createPkcePair();
  const pending = beginPendingSignIn(env.storage, { verifier: pkce.verifier, next });
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', redirectUriOf(env.origin));
  url.searchParams.set('scope', config.scopes.join(' '));
  url.searchParams.set('state', pending.state);
  url.searchParams.set('nonce', pending.nonce);
  url.searchParams.set('code_challenge', pkce.challenge);
  url.searchParams.set('code_challenge_method', pkce.method);
  return url;
}

/**
 * Finishes a sign-in on the callback URL: the state must be the one this tab sent, the code is
 * exchanged at the token endpoint with the PKCE verifier (public client, no secret), and the ID
 * token must carry this sign-in's nonce. Its signature is the API's to verify.
 */
export async function completeSignIn(config: OidcConfig, callbackUrl: URL, env: CodeFlowEnv): Promise<ProviderTokens & { next?: string }> {
  const pending = takePendingSignIn(env.storage);
  if (!pending) throw new OidcSignInError('no-pending', 'no sign-in is pending in this tab');
  if (callbackUrl.searchParams.get('state') !== pending.state) {
    throw new OidcSignInError('state-mismatch', 'the state that came back is not the one sent');
  }
  const as = await discover(config.issuer, env);
  const client = clientOf(config);
  let params: URLSearchParams;
  try {
    params = validateAuthResponse(as, client, callbackUrl.searchParams, pending.state);
  } catch (error) {
    if (error instanceof AuthorizationResponseError) {
      throw new OidcSignInError('provider-refused', error.message, error.error, { cause: error });
    }
    throw new OidcSignInError('token-exchange', 'the authorization response is not valid', undefined, { cause: error });
  }

  let response: Response;
  try {
    response = await authorizationCodeGrantRequest(as, client, None(), params, redirectUriOf(env.origin), pending.verifier, requestOptions(config.issuer, env));
  } catch (cause) {
    throw new OidcSignInError('network', 'the token endpoint cannot be reached', undefined, { cause });
  }
  let tokens: ProviderTokens | undefined;
  try {
    tokens = providerTokensOf(await processAuthorizationCodeResponse(as, client, response, { expectedNonce: pending.nonce, requireIdToken: true }));
  } catch (error) {
    if (isNonceMismatch(error)) throw new OidcSignInError('nonce-mismatch', 'the ID token carries another nonce', undefined, { cause: error });
    throw new OidcSignInError('token-exchange', 'the token answer was refused', undefined, { cause: error });
  }
  if (!tokens) throw new OidcSignInError('token-exchange', 'no ID token in the token answer');
  const next = nextFromState(pending.state);
  return { ...tokens, ...(next ? { next } : {}) };
}

/**
 * Fresh tokens by the refresh token grant, or null when the provider refuses the refresh token
 * (expired, revoked) or answers without an ID token: the session then lapses at its expiry.
 * Network trouble is thrown, so the caller can try again.
 */
export async function refreshProviderTokens(config: OidcConfig, refreshToken: string, env: OidcTransport = {}): Promise<ProviderTokens | null> {
  const as = await discover(config.issuer, env);
  const client = clientOf(config);
  const response = await refreshTokenGrantRequest(as, client, None(), refreshToken, requestOptions(config.issuer, env));
  try {
    return providerTokensOf(await processRefreshTokenResponse(as, client, response), refreshToken) ?? null;
  } catch (error) {
    if (error instanceof ResponseBodyError) return null;
    throw error;
  }
}

function isNonceMismatch(error: unknown): boolean {
  return (
    error instanceof OperationProcessingError && error.code === JWT_CLAIM_COMPARISON && (error.cause as { claim?: unknown } | undefined)?.claim === 'nonce'
  );
}
