import { NotFoundError, UnauthenticatedError } from '../../core/errors.js';

/** The token was valid once but has expired: the web app sends the user to sign in again. */
export class TokenExpiredError extends UnauthenticatedError {
  override name = 'TokenExpiredError';
  override readonly code = 'TOKEN_EXPIRED';
}

/** The session reached its absolute lifetime (12 h for staff): no more renewals, sign in again. */
export class SessionLimitReachedError extends UnauthenticatedError {
  override name = 'SessionLimitReachedError';
  override readonly code = 'SESSION_LIMIT_REACHED';
}

/** Wrong username or password at local sign-in. */
export class InvalidCredentialsError extends UnauthenticatedError {
  override name = 'InvalidCredentialsError';
  override readonly code = 'INVALID_CREDENTIALS';
}

/** Neither a local issuer nor an OIDC client is configured: nobody can sign in (a wiring mistake). */
export class SignInNotConfiguredError extends NotFoundError {
  override name = 'SignInNotConfiguredError';
  override readonly code = 'SIGN_IN_NOT_CONFIGURED';
}
