import type { Translate } from '../i18n/i18n.js';
import { ApiError, NETWORK_ERROR } from './api-error.js';

/**
 * What to tell the user about a failed call. The API's own message is already in their language;
 * only failures that never reached a handler (offline, an endpoint not deployed, a proxy's 5xx)
 * get our own wording, since their raw text would mean nothing to a resident.
 */
export function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('api.unexpected');
  if (error.code === NETWORK_ERROR) return t('api.network');
  if (error.code === 'ROUTE_NOT_FOUND' || (error.status === 404 && error.code.startsWith('HTTP_'))) return t('api.unavailable');
  if (error.status >= 500 || !error.message) return t('api.unexpected');
  return error.message;
}

/** The request id to quote to staff, when the server gave one. */
export function errorReference(error: unknown): string | undefined {
  return error instanceof ApiError ? error.requestId : undefined;
}
