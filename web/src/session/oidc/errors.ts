/** Why a sign-in through the provider did not complete; each has its own message for the user. */
export type OidcFailure =
  | 'state-mismatch'
  | 'no-pending'
  | 'nonce-mismatch'
  | 'provider-refused'
  | 'token-exchange'
  | 'network'
  /** The callback was opened on a deployment that signs in with its local issuer. */
  | 'not-oidc';

/** A refused or failed step of the code flow, with the reason the callback page explains. */
export class OidcSignInError extends Error {
  override name = 'OidcSignInError';
  constructor(
    readonly reason: OidcFailure,
    message: string,
    /** The provider's own error code (`access_denied` …), for provider-refused. */
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
