import { getValidatedIdTokenClaims, type TokenEndpointResponse } from 'oauth4webapi';

/** What the web app keeps from the provider's token answer: the ID token is the bearer. */
export interface ProviderTokens {
  idToken: string;
  /** The ID token's `exp`, as an ISO time. */
  expiresAt: string;
  refreshToken?: string;
}

/**
 * The tokens of a processed token answer (its ID token's claims already checked by oauth4webapi:
 * issuer, audience, expiry, nonce). Undefined when the answer has no ID token.
 */
export function providerTokensOf(result: TokenEndpointResponse, previousRefreshToken?: string): ProviderTokens | undefined {
  const claims = getValidatedIdTokenClaims(result);
  if (!result.id_token || !claims) return undefined;
  const refreshToken = result.refresh_token ?? previousRefreshToken;
  return { idToken: result.id_token, expiresAt: new Date(claims.exp * 1000).toISOString(), ...(refreshToken ? { refreshToken } : {}) };
}
