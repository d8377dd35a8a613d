import type { AuthMessageKey } from './auth.zh-CN.js';

/** English for signing in through an OIDC provider: every key, same placeholders. */
export const authEn: Record<AuthMessageKey, string> = {
  'auth.loading': 'Preparing sign-in…',
  'auth.configError': 'Sign-in cannot be opened right now',
  'auth.provider.genericName': 'the unified sign-in service',
  'auth.provider.button': 'Sign in with {provider}',
  'auth.provider.hint': 'You will enter your account and password at {provider}, then come back to this site automatically.',
  'auth.provider.redirecting': 'Opening {provider}…',
  'auth.provider.startFailed': '{provider} cannot be reached right now. Please try again later.',

  'auth.callback.title': 'Finishing sign-in',
  'auth.callback.working': 'Finishing sign-in, please wait…',
  'auth.callback.failedTitle': 'Sign-in was not completed',
  'auth.callback.retry': 'Sign in again',
  'auth.callback.error.state-mismatch':
    'The sign-in response does not match the request this page sent; it may have been tampered with. To protect your account, this sign-in was stopped. Please sign in again.',
  'auth.callback.error.no-pending':
    'This sign-in response was already used or has expired (for example after reloading the page, or starting sign-in in another window). Please sign in again.',
  'auth.callback.error.nonce-mismatch': 'The sign-in token received does not belong to this sign-in request and was refused. Please sign in again.',
  'auth.callback.error.provider-refused': 'The sign-in service did not sign you in ({detail}). Please sign in again.',
  'auth.callback.error.token-exchange': 'The sign-in service did not issue a sign-in token. Please sign in again.',
  'auth.callback.error.network': 'The sign-in service cannot be reached. Check your connection and sign in again.',
  'auth.callback.error.not-oidc': 'This site does not sign in through an external service. Please use the sign-in page.',
};
